package org.xieshang.congress;

import java.time.LocalDate;

import org.xieshang.enterprise.DemocraticBody;

/** The workers' congress (or all-staff meeting) of one enterprise, for one term. */
public record Congress(long id, long enterpriseId, DemocraticBody kind, LocalDate termStartsOn, LocalDate termEndsOn) {
}
