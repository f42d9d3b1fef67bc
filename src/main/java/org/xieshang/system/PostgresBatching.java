package org.xieshang.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the driver sends a batch of inserts as multi-row inserts: the engine flushes each command's rows of one
 * table as a batch (a case opened writes a dozen variables to three tables), and a campaign opens thousands of cases.
 * Set in code because the URL comes from the deployment and H2 has no such setting.
 */
@Component
class PostgresBatching implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
