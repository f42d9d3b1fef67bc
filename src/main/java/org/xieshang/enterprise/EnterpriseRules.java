package org.xieshang.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;

/**
 * The rules of a registry entry, for the official's form and for each row of an imported registry alike: every broken
 * rule is collected, with its field, before anything is saved.
 */
@Component
class EnterpriseRules {

    private final JdbcClient jdbc;

    EnterpriseRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String uscc(EnterpriseForm form) {
        return form.getUscc() == null ? "" : form.getUscc().trim().toUpperCase();
    }

    /** The broken rules of this entry; {@code existingId}: the enterprise it updates (its own USCC is no duplicate). */
    BusinessRuleException.Collector check(EnterpriseForm form, PortalUser user, Long existingId) {
        String uscc = uscc(form);
        String chair = blankToNull(form.getUnionChair());
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(form.getDistrictId() != null && (user.admin() || form.getDistrictId().equals(user.districtId())),
                "districtId", "enterprise.district.required");
        rules.check(form.getIndustryId() != null && exists("industry", form.getIndustryId()), "industryId",
                "enterprise.industry.required");
        rules.check(form.getParkId() == null || parkIn(form.getParkId(), form.getDistrictId()), "parkId",
                "enterprise.park.invalid");
        rules.check(blankToNull(form.getName()) != null, "name", "enterprise.name.required");
        // The parties carry the name with a suffix ("…集体协商记录员", 7 characters) in a 200-character column.
        rules.fits(form.getName(), EnterpriseRegistry.MAX_NAME, "name", "enterprise.name")
                .fits(form.getLegalRepresentative(), 50, "legalRepresentative", "enterprise.legalRepresentative")
                .fits(form.getUnionChair(), 50, "unionChair", "enterprise.unionChair")
                .fits(form.getAddress(), 200, "address", "enterprise.address");
        rules.check(form.getHeadcount() == null || form.getHeadcount() <= EnterpriseRegistry.MAX_STAFF, "headcount",
                "enterprise.headcount.positive");
        if (UnifiedSocialCreditCode.wellFormed(uscc)) {
            // The expected character is not shown: a typo is usually elsewhere, and "fixing" the last one hides it.
            rules.check(UnifiedSocialCreditCode.isValid(uscc), "uscc", "enterprise.uscc.checkCharacter", uscc);
        } else {
            rules.check(false, "uscc", "enterprise.uscc.format", uscc);
        }
        rules.check(uscc.isEmpty() || jdbc.sql("select id from enterprise where uscc = ?").param(uscc).query(Long.class).optional()
                .filter(id -> !id.equals(existingId)).isEmpty(), "uscc", "enterprise.uscc.duplicate", uscc);
        rules.check(blankToNull(form.getLegalRepresentative()) != null, "legalRepresentative",
                "enterprise.legalRepresentative.required");
        rules.check(form.getHeadcount() != null && form.getHeadcount() > 0, "headcount", "enterprise.headcount.positive");
        rules.check(withinStaff(form.getWomenCount(), form.getHeadcount()), "womenCount", "enterprise.part.range");
        rules.check(withinStaff(form.getDispatchedCount(), form.getHeadcount()), "dispatchedCount", "enterprise.part.range");
        rules.check(form.getOwnership() != null, "ownership", "enterprise.ownership.required");
        rules.check(!form.isUnionFounded() || chair != null, "unionChair", "enterprise.unionChair.required");
        rules.check(form.isUnionFounded() || chair == null, "unionChair", "enterprise.unionChair.withoutUnion");
        rules.check(form.getDemocraticBody() != null, "democraticBody", "enterprise.democraticBody.required");
        return rules;
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Integer.class).single() > 0;
    }

    private boolean parkIn(long parkId, Long districtId) {
        return districtId != null && jdbc.sql("select count(*) from industrial_park where id = ? and district_id = ?")
                .params(parkId, districtId).query(Integer.class).single() > 0;
    }

    private static boolean withinStaff(Integer part, Integer headcount) {
        return part == null || (part >= 0 && (headcount == null || part <= headcount));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
