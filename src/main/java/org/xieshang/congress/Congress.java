package org.xieshang.congress;

import java.time.LocalDate;

import org.xieshang.enterprise.DemocraticBody;

/** The workers' congress (or all-staff meeting) of an enterprise or a federation, for one term. */
public record Congress(long id, CongressOwner owner, DemocraticBody kind, LocalDate termStartsOn, LocalDate termEndsOn) {
}
