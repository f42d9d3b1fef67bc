package org.xieshang.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that held districts before jurisdictions existed: after the migration every district hangs under its
 * city and province, every party has its area, and nothing that was there is lost.
 */
class JurisdictionMigrationTest {

    @Test
    void existing_districts_and_parties_move_into_the_tree_without_loss() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jurisdiction-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("21").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("""
                insert into district (code, name_zh, name_en, province_code, city_code) values
                ('YCETDZ', '银川经济技术开发区', 'Yinchuan ETDZ', '640000', '640100'),
                ('JINFENG', '金凤区', 'Jinfeng', '640000', '640100'),
                ('WUZHONG', '利通区', 'Litong', '640000', '640300'),
                ('YANGLING', '杨凌示范区', 'Yangling', '610000', '610400')""").update();
        jdbc.sql("""
                insert into party (id, kind, district_id, name_zh, name_en)
                select concat('d', id, '-upper-union'), 'UPPER_UNION', id, concat(name_zh, '总工会'), name_en from district""").update();

        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        List<Map<String, Object>> tree = jdbc.sql("""
                        select d.code, c.name_zh as city, p.name_zh as province from district d
                        join area a on a.id = d.area_id join area c on c.id = a.parent_id join area p on p.id = c.parent_id
                        order by d.code""").query().listOfRows();
        assertThat(tree).extracting(r -> r.get("code") + " " + r.get("city") + " " + r.get("province")).containsExactly(
                "JINFENG 银川市 宁夏回族自治区", "WUZHONG 吴忠市 宁夏回族自治区", "YANGLING 咸阳市 陕西省", "YCETDZ 银川市 宁夏回族自治区");
        assertThat(jdbc.sql("select count(*) from party where area_id is null").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from party").query(Integer.class).single()).isEqualTo(4);
        long yinchuan = jdbc.sql("select id from area where code = '640100'").query(Long.class).single();
        assertThat(jdbc.sql("""
                        select d.code from district d join area_path p on p.descendant_id = d.area_id
                        where p.ancestor_id = ? order by d.code""").param(yinchuan).query(String.class).list())
                .containsExactly("JINFENG", "YCETDZ");
        long ningxia = jdbc.sql("select id from area where code = '640000'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from area_path where ancestor_id = ? and depth = 2").param(ningxia)
                .query(Integer.class).single()).as("three districts of Ningxia two levels down").isEqualTo(3);
    }
}
