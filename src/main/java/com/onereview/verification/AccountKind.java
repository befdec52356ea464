package com.onereview.verification;

/** 账户性质: the kind of account a case opens; it sets the SLA. */
public enum AccountKind {
	/** 基本存款账户 */
	BASIC,
	/** 一般存款账户 */
	GENERAL,
	/** 专用存款账户 */
	SPECIAL,
	/** 临时存款账户 */
	TEMPORARY
}
