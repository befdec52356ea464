package com.onereview.rpa.selenium;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.rpa.Filing;
import com.onereview.rpa.FilingReceipt;
import com.onereview.rpa.PortalException;
import com.onereview.rpa.PortalSubmitter;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files through the portal's pages in headless Chromium: log in, look the filing up by reference
 * (found: its receipt, nothing entered), else enter control info, depositor info, answer a
 * cross-region consultation, confirm, and read the receipt. A lost session starts over from the
 * lookup, so a filing submitted just before the session died is found, not filed again.
 */
public final class SeleniumPortalSubmitter implements PortalSubmitter {

	private static final Logger log = LoggerFactory.getLogger(SeleniumPortalSubmitter.class);

	private final URI portal;

	private final String username;

	private final String password;

	private final ChromiumBrowsers browsers;

	private final Duration timeout;

	private final int sessionRestarts;

	public SeleniumPortalSubmitter(URI portal, String username, String password, ChromiumBrowsers browsers,
			Duration timeout, int sessionRestarts) {
		this.portal = portal.toString().endsWith("/") ? portal : URI.create(portal + "/");
		this.username = username;
		this.password = password;
		this.browsers = browsers;
		this.timeout = timeout;
		this.sessionRestarts = sessionRestarts;
	}

	@Override
	public FilingReceipt submit(Filing filing) {
		try (ChromiumBrowsers.Browser browser = browsers.open()) {
			WebDriver driver = browser.driver();
			for (int session = 0;; session++) {
				try {
					return attempt(driver, filing);
				}
				catch (SessionLost lost) {
					log.warn("Portal session lost while filing {} ({}); starting over from the lookup", filing.reference(),
							lost.getMessage());
					if (session >= sessionRestarts) {
						throw new PortalException.Unavailable("the portal ended the session " + (session + 1)
								+ " times while filing", PortalPage.screenshot(driver), null);
					}
				}
				catch (WebDriverException ex) {
					throw new PortalException.Unavailable("the portal did not answer: " + firstLine(ex),
							PortalPage.screenshot(driver), ex);
				}
			}
		}
	}

	private FilingReceipt attempt(WebDriver driver, Filing filing) {
		HomePage home = login(driver);
		SearchPage search = home.search().searchFor(filing.reference());
		List<String> receipts = search.receipts();
		if (!receipts.isEmpty()) {
			log.info("Filing {} is already in the portal as {}; not filing again", filing.reference(), receipts.get(0));
			return new FilingReceipt(receipts.get(0), search.screenshot(), true);
		}
		PortalPage page = login(driver).newFiling();
		page = step(page, ControlInfoPage.class, PortalSelectors.CONTROL, filing);
		page = step(page, DepositorInfoPage.class, PortalSelectors.DEPOSITOR, filing);
		if (page instanceof ConsultationPage consultation) {
			page = consultation.confirm(filing.consultationNote());
		}
		ConfirmationPage confirmation = expect(page, ConfirmationPage.class);
		PortalPage outcome = confirmation.submit();
		if (outcome instanceof ConfirmationPage refused && refused.conflict().isPresent()) {
			throw new PortalException.Rejected(refused.conflict().get(), refused.screenshot());
		}
		ReceiptPage receipt = expect(outcome, ReceiptPage.class);
		log.info("Filed {} into the portal: receipt {}", filing.reference(), receipt.receiptNo());
		return new FilingReceipt(receipt.receiptNo(), receipt.screenshot(), false);
	}

	/** The portal's menu, logging in when the portal asks for it. */
	private HomePage login(WebDriver driver) {
		driver.get(portal.resolve("home").toString());
		PortalPage page = PortalPage.current(driver, timeout);
		if (page instanceof HomePage home) {
			return home;
		}
		if (page instanceof LoginPage loginPage) {
			return loginPage.login(username, password);
		}
		throw new PortalException.Changed("expected the portal's menu or login but it showed "
				+ page.getClass().getSimpleName(), page.screenshot(), null);
	}

	private PortalPage step(PortalPage page, Class<? extends FormStepPage> type, Map<String, String> fieldIds,
			Filing filing) {
		FormStepPage form = expect(page, type);
		PortalPage next = form.fill(fieldIds, values(filing)).next();
		if (type.isInstance(next)) {
			throw new PortalException.Rejected(String.join("；", ((FormStepPage) next).errors()), next.screenshot());
		}
		return next;
	}

	private <P extends PortalPage> P expect(PortalPage page, Class<P> type) {
		if (page instanceof LoginPage login) {
			throw new SessionLost(login.sessionExpired() ? "session expired" : "sent to the login page");
		}
		if (!type.isInstance(page)) {
			throw new PortalException.Changed("expected the portal's " + type.getSimpleName() + " but it showed "
					+ page.getClass().getSimpleName(), page.screenshot(), null);
		}
		return type.cast(page);
	}

	private static Map<String, String> values(Filing filing) {
		Map<String, String> values = new LinkedHashMap<>();
		for (var component : Filing.class.getRecordComponents()) {
			try {
				values.put(component.getName(), (String) component.getAccessor().invoke(filing));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	private static String firstLine(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

	/** The portal sent us back to its login page mid-way. */
	private static final class SessionLost extends RuntimeException {

		SessionLost(String message) {
			super(message, null, false, false);
		}
	}
}
