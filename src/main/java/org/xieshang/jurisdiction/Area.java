package org.xieshang.jurisdiction;

import org.xieshang.system.Localized;

/** One administrative area: a province, a city or a district (county, development zone), by GB/T 2260 code where it has one. */
public record Area(long id, Long parentId, AreaLevel level, String code, Localized name) {
}
