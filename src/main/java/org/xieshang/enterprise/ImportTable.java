package org.xieshang.enterprise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The registry import's reads and writes: uploads awaiting confirmation, entries it updates, their contacts. */
@Repository
class ImportTable {

    /** How the union chair and the legal representative are reached (the accounts made from the registry use it). */
    record Contacts(String chairMobile, String chairEmail, String legalRepMobile, String legalRepEmail) {
        static final Contacts NONE = new Contacts(null, null, null, null);
    }

    record Upload(long id, long districtId, String fileName, byte[] content, String uploadedBy, String appliedBy, Instant appliedAt,
                  Outcome outcome) {
    }

    /** What an applied upload did. */
    record Outcome(int created, int updated, int unchanged) {
    }

    private final JdbcClient jdbc;

    ImportTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long upload(long districtId, String fileName, byte[] content, String userId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into registry_upload (district_id, file_name, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?)")
                .params(districtId, fileName, content, userId, Timestamp.from(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The upload, locked until the transaction ends: of two confirmations the second waits and then finds it applied. */
    Optional<Upload> lockUpload(long id) {
        return upload(id, " for update");
    }

    Optional<Upload> upload(long id) {
        return upload(id, "");
    }

    private Optional<Upload> upload(long id, String lock) {
        return jdbc.sql("select * from registry_upload where id = ?" + lock).param(id)
                .query((rs, i) -> new Upload(rs.getLong("id"), rs.getLong("district_id"), rs.getString("file_name"),
                        rs.getBytes("content"), rs.getString("uploaded_by"), rs.getString("applied_by"),
                        rs.getTimestamp("applied_at") == null ? null : rs.getTimestamp("applied_at").toInstant(),
                        rs.getTimestamp("applied_at") == null ? null
                                : new Outcome(rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"))))
                .optional();
    }

    void applied(long id, String userId, Instant at, Outcome o) {
        jdbc.sql("""
                        update registry_upload set applied_by = ?, applied_at = ?, created_count = ?, updated_count = ?, unchanged_count = ?
                        where id = ?""")
                .params(userId, Timestamp.from(at), o.created(), o.updated(), o.unchanged(), id).update();
    }

    /** The registry's entries with these USCCs, by USCC (whatever their district). */
    Map<String, Long> byUscc(Collection<String> usccs) {
        Map<String, Long> found = new HashMap<>();
        if (!usccs.isEmpty()) {
            jdbc.sql("select uscc, id from enterprise where uscc in (:usccs)").param("usccs", usccs)
                    .query(rs -> {
                        found.put(rs.getString("uscc"), rs.getLong("id"));
                    });
        }
        return found;
    }

    /** The USCC each of these names is registered under in the district. */
    Map<String, String> namesIn(long districtId, Collection<String> names) {
        Map<String, String> found = new HashMap<>();
        if (!names.isEmpty()) {
            jdbc.sql("select name, uscc from enterprise where district_id = :district and name in (:names)")
                    .param("district", districtId).param("names", names)
                    .query(rs -> {
                        found.put(rs.getString("name"), rs.getString("uscc"));
                    });
        }
        return found;
    }

    Map<String, Long> parks(long districtId) {
        Map<String, Long> parks = new HashMap<>();
        jdbc.sql("select id, name_zh, name_en from industrial_park where district_id = ?").param(districtId).query(rs -> {
            parks.put(rs.getString("name_zh"), rs.getLong("id"));
            parks.put(rs.getString("name_en").toLowerCase(java.util.Locale.ROOT), rs.getLong("id"));
        });
        return parks;
    }

    /** Every industry division by its code (C39), its number (39) and its names. */
    Map<String, Long> industries() {
        Map<String, Long> industries = new HashMap<>();
        jdbc.sql("select id, code, name_zh, name_en from industry").query(rs -> {
            long id = rs.getLong("id");
            String code = rs.getString("code").toUpperCase(java.util.Locale.ROOT);
            industries.put(code, id);
            industries.put(code.substring(1), id);
            industries.put(rs.getString("name_zh"), id);
            industries.put(rs.getString("name_en").toLowerCase(java.util.Locale.ROOT), id);
        });
        return industries;
    }

    Contacts contacts(long enterpriseId) {
        return jdbc.sql("select chair_mobile, chair_email, legal_rep_mobile, legal_rep_email from enterprise where id = ?")
                .param(enterpriseId).query((rs, i) -> new Contacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    void setContacts(long enterpriseId, Contacts c) {
        jdbc.sql("update enterprise set chair_mobile = ?, chair_email = ?, legal_rep_mobile = ?, legal_rep_email = ? where id = ?")
                .params(c.chairMobile(), c.chairEmail(), c.legalRepMobile(), c.legalRepEmail(), enterpriseId).update();
    }

    /** An existing entry takes the file's values (its district, industry and park stay: the figures are counted by them). */
    void update(long id, EnterpriseForm f) {
        jdbc.sql("""
                        update enterprise set name = ?, legal_representative = ?, headcount = ?, women_count = ?, dispatched_count = ?,
                            ownership = ?, union_founded = ?, union_chair = ?, democratic_body = ?, address = ? where id = ?""")
                .params(f.getName().trim(), f.getLegalRepresentative().trim(), f.getHeadcount(), f.getWomenCount(),
                        f.getDispatchedCount(), f.getOwnership().name(), f.isUnionFounded(),
                        EnterpriseRules.blankToNull(f.getUnionChair()), f.getDemocraticBody().name(),
                        EnterpriseRules.blankToNull(f.getAddress()), id)
                .update();
    }

    List<String> districtName(long districtId) {
        return jdbc.sql("select name_zh from district where id = ?").param(districtId).query(String.class).list();
    }
}
