package org.xieshang.enterprise;

import org.xieshang.system.Localized;

/** A row of a select list: district, park or industry. */
public record Choice(long id, String code, Localized name) {
}
