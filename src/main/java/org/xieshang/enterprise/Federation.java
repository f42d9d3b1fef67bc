package org.xieshang.enterprise;

import java.util.List;

/** An industry or regional union federation that bargains for the small firms it covers (LCL Art. 53). */
public record Federation(long id, long districtId, Kind kind, String name, String industryName, String chair,
                         String employerBody, String employerRepresentative, List<Member> members) {

    public enum Kind { INDUSTRY, REGIONAL }

    public record Member(long enterpriseId, String name, int headcount) {
    }

    public int employeesCovered() {
        return members.stream().mapToInt(Member::headcount).sum();
    }
}
