package org.xieshang.congress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.deadlines.DeadlineService;

/** What a congress's sessions passed and published to all staff (厂务公开): the disclosure table. */
@Repository
public class Disclosures {

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;

    Disclosures(JdbcClient jdbc, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    public record Disclosure(String category, String title, LocalDate publishedOn, Long documentId) {
    }

    /** An item that passed is published today with the notice that carries it. */
    void publish(long congressId, SessionItem item, long documentId, String by) {
        jdbc.sql("""
                        insert into disclosure (congress_id, item_id, category, title, body, document_id, published_on,
                            published_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(congressId, item.id(), item.kind().name(), item.title(), item.description(), documentId,
                        Date.valueOf(deadlines.today()), by)
                .update();
    }

    /** Newest first. */
    public List<Disclosure> ofCongress(long congressId) {
        return jdbc.sql("select * from disclosure where congress_id = ? order by published_on desc, id desc").param(congressId)
                .query((rs, i) -> new Disclosure(rs.getString("category"), rs.getString("title"),
                        rs.getDate("published_on").toLocalDate(), rs.getObject("document_id", Long.class)))
                .list();
    }
}
