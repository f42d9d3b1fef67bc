package org.xieshang.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record Campaign(long id, long districtId, int year, String title, BigDecimal targetCoverage, LocalDate closesOn,
                       boolean extended, Status status, String launchedBy, Instant launchedAt, Long reportDocumentId) {

    public enum Status { OPEN, CLOSED }
}
