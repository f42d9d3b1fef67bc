package org.xieshang.jurisdiction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.Provinces;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;

/**
 * The tree of administrative areas (province → city → district) and the districts registered in it. A district joins
 * with its province and city, which are created the first time one of their districts joins; each area keeps the list
 * of its ancestors (area_path), so everything under an area is found with one lookup at any depth.
 */
@Service
public class Jurisdictions {

    private final JdbcClient jdbc;
    private final PartyDirectory parties;

    Jurisdictions(JdbcClient jdbc, PartyDirectory parties) {
        this.jdbc = jdbc;
        this.parties = parties;
    }

    /** A district (county, development zone) as it joins: its code and name, and its city's GB/T 2260 code and name. */
    public record NewDistrict(String code, Localized name, String provinceCode, String cityCode, Localized cityName) {
    }

    /** Registers the district under its city and province, with its own labour bureau, upper-level union and instructors. */
    @Transactional
    public long registerDistrict(NewDistrict d) {
        long province = ensure(null, AreaLevel.PROVINCE, d.provinceCode(), Provinces.name(d.provinceCode()));
        long city = ensure(province, AreaLevel.CITY, d.cityCode(), d.cityName());
        long area = ensure(city, AreaLevel.DISTRICT, d.code(), d.name());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into district (code, name_zh, name_en, province_code, city_code, area_id) values (?, ?, ?, ?, ?, ?)")
                .params(d.code(), d.name().zh(), d.name().en(), d.provinceCode(), d.cityCode(), area).update(key, "id");
        long districtId = key.getKeyAs(Number.class).longValue();
        parties.ensureDistrictParties(districtId, d.name().zh());
        return districtId;
    }

    /** The upper-level union and labour bureau of a city or province (a district's come with the district). */
    @Transactional
    public void ensureOfficials(long areaId) {
        Area area = area(areaId).orElseThrow();
        if (area.level() == AreaLevel.DISTRICT) {
            throw new IllegalArgumentException("a district's officials come with the district: " + area.code());
        }
        parties.ensureAreaParties(areaId, area.name().zh());
    }

    public long areaOfDistrict(long districtId) {
        return jdbc.sql("select area_id from district where id = ?").param(districtId).query(Long.class).single();
    }

    public Optional<Area> area(long id) {
        return jdbc.sql("select id, parent_id, level, code, name_zh, name_en from area where id = ?").param(id)
                .query(Jurisdictions::area).optional();
    }

    public Optional<Area> byCode(String code) {
        return jdbc.sql("select id, parent_id, level, code, name_zh, name_en from area where code = ?").param(code)
                .query(Jurisdictions::area).optional();
    }

    /** The areas directly below, by code. */
    public List<Area> children(long id) {
        return jdbc.sql("select id, parent_id, level, code, name_zh, name_en from area where parent_id = ? order by code")
                .param(id).query(Jurisdictions::area).list();
    }

    /** The area and those above it, the province first (for a breadcrumb). */
    public List<Area> lineage(long id) {
        return jdbc.sql("""
                        select a.id, a.parent_id, a.level, a.code, a.name_zh, a.name_en
                        from area_path p join area a on a.id = p.ancestor_id where p.descendant_id = ? order by p.depth desc""")
                .param(id).query(Jurisdictions::area).list();
    }

    /** The districts in the area's subtree (the district itself for a district). */
    public List<Long> districtsUnder(long areaId) {
        return jdbc.sql("select d.id from district d join area_path p on p.descendant_id = d.area_id where p.ancestor_id = ? order by d.id")
                .param(areaId).query(Long.class).list();
    }

    /** Whether the area lies in the subtree of the other (an area lies in its own). */
    public boolean within(long areaId, long ancestorId) {
        return jdbc.sql("select count(*) from area_path where ancestor_id = ? and descendant_id = ?")
                .params(ancestorId, areaId).query(Integer.class).single() > 0;
    }

    private long ensure(Long parentId, AreaLevel level, String code, Localized name) {
        Optional<Area> existing = byCode(code);
        if (existing.isPresent()) {
            Area a = existing.get();
            if (a.level() != level || !Objects.equals(a.parentId(), parentId)) {
                throw new IllegalArgumentException("area " + code + " is already a " + a.level() + " elsewhere in the tree");
            }
            return a.id();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into area (parent_id, level, code, name_zh, name_en) values (?, ?, ?, ?, ?)")
                .params(parentId, level.name(), code, name.zh(), name.en()).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into area_path (ancestor_id, descendant_id, depth) values (?, ?, 0)").params(id, id).update();
        if (parentId != null) {
            jdbc.sql("""
                            insert into area_path (ancestor_id, descendant_id, depth)
                            select ancestor_id, ?, depth + 1 from area_path where descendant_id = ?""")
                    .params(id, parentId).update();
        }
        return id;
    }

    private static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class), AreaLevel.valueOf(rs.getString("level")),
                rs.getString("code"), new Localized(rs.getString("name_zh"), rs.getString("name_en")));
    }
}
