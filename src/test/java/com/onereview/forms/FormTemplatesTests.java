package com.onereview.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed templates match their generator, and a wrong mapping fails naming file and line. */
class FormTemplatesTests {

	@TempDir
	Path temp;

	@Test
	void committedFormsMatchWhatTheGeneratorProducesFieldByField() throws IOException {
		FormGenerator.generate(temp, FontChain.DEFAULT_FONTS);
		for (String id : List.of(FormGenerator.ACCOUNT_OPENING, FormGenerator.PBC_FILING)) {
			List<FormField> generated = AcroFormFields.read(Files.readAllBytes(temp.resolve(id).resolve("form.pdf")));
			List<FormField> committed = AcroFormFields.read(Files.readAllBytes(FormFixtures.TEMPLATES.resolve(id).resolve("form.pdf")));
			assertThat(committed).as(id + ": re-run generate-forms --out templates and commit").isEqualTo(generated);
		}
	}

	@Test
	void theBuiltInFormsHaveTheFieldKindsTheBankNeeds() {
		FormTemplate opening = FormFixtures.template("account-opening");
		assertThat(field(opening, "creditCode")).extracting(FormField::type, FormField::maxLength)
			.containsExactly(FormFieldType.COMB, 18);
		assertThat(field(opening, "postcode").maxLength()).isEqualTo(6);
		assertThat(field(opening, "regionCode").maxLength()).isEqualTo(6);
		assertThat(field(opening, "businessScope").type()).isEqualTo(FormFieldType.MULTILINE);
		assertThat(opening.fields().stream().filter(f -> f.type() == FormFieldType.CHECKBOX).map(FormField::name))
			.contains("accountKindBasic", "accountKindGeneral", "accountKindSpecial", "accountKindTemporary", "idTypeResident");
		assertThat(opening.mappingOf("applicationDate")).extracting(FieldMapping::kind, FieldMapping::key)
			.containsExactly(SourceKind.DERIVED, "today");
		assertThat(FormTemplateLoader.load(FormFixtures.TEMPLATES).list()).extracting(FormTemplate::id)
			.containsExactly("account-opening", "pbc-filing");
	}

	@Test
	void addingAFormIsAddingAFolder() throws IOException {
		copy("account-opening", "account-opening-branch");
		copy("pbc-filing", "pbc-filing");
		FormTemplates templates = FormTemplateLoader.load(temp);
		assertThat(templates.list()).extracting(FormTemplate::id).containsExactly("account-opening-branch", "pbc-filing");
		byte[] pdf = FormFixtures.filler().fill(templates.find("account-opening-branch").orElseThrow(),
				FormFixtures.licenseData(), FillOptions.plain());
		assertThat(AcroFormFields.read(pdf)).hasSize(templates.find("account-opening-branch").get().fields().size());
	}

	@Test
	void withoutTheFolderTheCopyInTheJarIsUsed() {
		FormTemplates packaged = FormTemplateLoader.load(temp.resolve("no-such-folder"));
		assertThat(packaged.list()).extracting(FormTemplate::id).containsExactly("account-opening", "pbc-filing");
		assertThat(packaged.list().get(0).origin()).startsWith("classpath:");
	}

	@Test
	void anUnknownFormFieldInTheMappingNamesFileAndLine() throws IOException {
		Path mapping = copy("account-opening", "bad");
		appendAfter(mapping, "  address: {field: address}", "  addressLine2: {field: address}");
		int line = lineOf(mapping, "addressLine2");
		assertThatThrownBy(() -> FormTemplateLoader.load(temp)).isInstanceOf(TemplateException.class)
			.hasMessageContaining(mapping + ":" + line + ": unknown form field 'addressLine2'");
	}

	@Test
	void aFormFieldWithoutMappingNamesTheField() throws IOException {
		Path mapping = copy("account-opening", "bad");
		Files.writeString(mapping, Files.readString(mapping).replace("  bankName: {input: bankName}\n", ""));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp)).isInstanceOf(TemplateException.class)
			.hasMessageContaining(mapping + ":" + lineOf(mapping, "fields:"))
			.hasMessageContaining("[bankName]").hasMessageContaining("no mapping");
	}

	@Test
	void halfATemplateIsAnErrorAndOtherFoldersAreIgnored() throws IOException {
		copy("pbc-filing", "pbc-filing");
		Files.createDirectories(temp.resolve("notes"));
		assertThat(FormTemplateLoader.load(temp).list()).hasSize(1);
		Files.delete(copy("account-opening", "half"));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp)).isInstanceOf(TemplateException.class)
			.hasMessageContaining("half: a template needs both form.pdf and mapping.yaml; mapping.yaml is missing");
	}

	@Test
	void unknownSourcesAndDerivationsNameFileAndLine() throws IOException {
		Path mapping = copy("pbc-filing", "bad");
		String original = Files.readString(mapping);
		Files.writeString(mapping, original.replace("{field: legalRepresentative}", "{field: legalRep}"));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp))
			.hasMessageContaining(mapping + ":" + lineOf(mapping, "legalRep}") + ": legalRepName: unknown field 'legalRep'");
		Files.writeString(mapping, original.replace("{derived: registeredCapitalYuan}", "{derived: capitalInYuan}"));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp))
			.hasMessageContaining(mapping + ":" + lineOf(mapping, "capitalInYuan") + ": capitalAmountYuan: unknown derived 'capitalInYuan'");
		Files.writeString(mapping, original.replace("{input: phone, maxLength: 20}", "{input: telephone}"));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp)).hasMessageContaining("unknown input 'telephone'");
		Files.writeString(mapping, original.replace("{input: accountKind, equals: BASIC}", "{input: accountKind}"));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp)).hasMessageContaining("accountKindBasic is a checkbox");
		Files.writeString(mapping, original.replace("{derived: openingDate}", "{derived: openingDate, fromat: date-cn}"));
		assertThatThrownBy(() -> FormTemplateLoader.load(temp)).hasMessageContaining("unknown attribute 'fromat'");
	}

	private Path copy(String id, String newId) throws IOException {
		Path folder = Files.createDirectories(temp.resolve(newId));
		try (Stream<Path> files = Files.list(FormFixtures.TEMPLATES.resolve(id))) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder.resolve("mapping.yaml");
	}

	private static void appendAfter(Path file, String line, String added) throws IOException {
		Files.writeString(file, Files.readString(file).replace(line + "\n", line + "\n" + added + "\n"));
	}

	private static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	private static FormField field(FormTemplate template, String name) {
		return template.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}
}
