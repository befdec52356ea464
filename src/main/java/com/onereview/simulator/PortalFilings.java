package com.onereview.simulator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The filings the simulated portal has received (table {@code sim_portal_filing}). */
@Component
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class PortalFilings {

	record Filing(String receiptNo, String reference, String accountKind, String depositorName, String creditCode,
			Instant filedAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	PortalFilings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a filing and returns its receipt number, e.g. {@code BA20261124000003}. */
	@Transactional
	synchronized String file(Map<String, String> data, String user) {
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
		long today = jdbc.sql("SELECT COUNT(*) FROM sim_portal_filing WHERE receipt_no LIKE ?")
			.param("BA" + day + "%")
			.query(Long.class)
			.single();
		String receipt = "BA" + day + String.format("%06d", today + 1);
		jdbc.sql("INSERT INTO sim_portal_filing (receipt_no, reference, account_kind, depositor_name, credit_code, "
				+ "data_json, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(receipt, data.get("txtApplyNo"), data.get("selAccountKind"), data.get("txtDepositorName"),
					data.get("txtCreditCode"), json.writeValueAsString(data), user, Timestamp.from(Instant.now()))
			.update();
		return receipt;
	}

	List<Filing> byReference(String reference) {
		return jdbc.sql("SELECT receipt_no, reference, account_kind, depositor_name, credit_code, filed_at "
				+ "FROM sim_portal_filing WHERE reference = ? ORDER BY filed_at")
			.param(reference)
			.query((rs, n) -> new Filing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** A depositor may hold one basic account: the portal's data-conflict check. */
	boolean hasBasicAccount(String creditCode) {
		return jdbc.sql("SELECT COUNT(*) FROM sim_portal_filing WHERE credit_code = ? AND account_kind = 'BASIC'")
			.param(creditCode)
			.query(Long.class)
			.single() > 0;
	}
}
