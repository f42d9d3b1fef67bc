package org.xieshang.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test setup: the whole app with the demo district, job executor off, on H2 or on the
 * PostgreSQL that XIESHANG_TEST_DB_URL names. Every test class uses it, browser journeys too (hence the real
 * port), so the context starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
// The metrics exporters as deployed (Spring Boot's tests turn them off otherwise): /actuator/prometheus is tested.
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
public @interface XieshangTest {
}
