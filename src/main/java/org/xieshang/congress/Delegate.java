package org.xieshang.congress;

import java.time.LocalDate;

public record Delegate(long id, long congressId, String name, String constituency, DelegateCategory category,
                       boolean woman, boolean dispatched, Status status, LocalDate joinedOn, LocalDate leftOn) {

    public enum Status { ACTIVE, RECALLED }
}
