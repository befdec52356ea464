package com.onereview.rpa.selenium;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A step of the filing form: fields by id, the portal's error list, and 下一步. */
abstract class FormStepPage extends PortalPage {

	FormStepPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	/** Enters every value of this step; an unknown field id fails before anything is sent. */
	FormStepPage fill(Map<String, String> fieldIds, Map<String, String> values) {
		fieldIds.keySet().forEach(key -> element(By.id(fieldIds.get(key))));
		fieldIds.forEach((key, id) -> type(By.id(id), values.get(key)));
		return this;
	}

	PortalPage next() {
		return click(PortalSelectors.NEXT);
	}

	List<String> errors() {
		return texts(PortalSelectors.FIELD_ERRORS);
	}
}
