package org.xieshang.system;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Two requests of one session that both add the same attribute (the first pages after signing in each create the
 * CSRF token; htmx and a phone's polling send requests side by side) would both insert its row, and the second
 * failed with a duplicate key, a 500 for the user. The attribute is written as an upsert instead, as Spring Session
 * advises: PostgreSQL's ON CONFLICT, H2's MERGE.
 */
@Component
class SessionAttributesUpsert implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    private static final String H2_MERGE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    private final boolean postgres;

    SessionAttributesUpsert(DataSource dataSource) throws MetaDataAccessException {
        this.postgres = JdbcUtils.<String>extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName())
                .toLowerCase().contains("postgres");
    }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        if (postgres) {
            new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
        } else {
            repository.setCreateSessionAttributeQuery(H2_MERGE);
        }
    }
}
