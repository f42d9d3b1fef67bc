package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.yaml.snakeyaml.Yaml;

/** Production never starts with admin/admin or with the demo users unless someone asks for them. */
class ProductionSetupTest {

    @Test
    @SuppressWarnings("unchecked")
    void docker_compose_requires_the_administrator_password_and_leaves_the_demo_off() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
        Map<String, String> env = (Map<String, String>) app.get("environment");

        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(env.get("XIESHANG_ADMIN_PASSWORD")).startsWith("${XIESHANG_ADMIN_PASSWORD:?");
        assertThat(env.get("XIESHANG_DEMO")).isEqualTo("${XIESHANG_DEMO:-false}");
        assertThat(env.get("XIESHANG_DEMO_CAMPAIGN")).isEqualTo("${XIESHANG_DEMO_CAMPAIGN:-false}");
        assertThat(env.get("XIESHANG_ADMIN_PASSWORD")).doesNotContain(":-");
    }

    @Test
    void the_postgres_profile_refuses_the_default_administrator_password_before_the_engine_starts() {
        assertThatThrownBy(() -> ProductionGuard.check(production("admin"))).hasMessageContaining("XIESHANG_ADMIN_PASSWORD");
        assertThatThrownBy(() -> ProductionGuard.check(production("short"))).hasMessageContaining("10 characters");
        assertThatThrownBy(() -> ProductionGuard.check(production(null))).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> ProductionGuard.check(production("a-long-secret-2026"))).doesNotThrowAnyException();
        assertThatCode(() -> ProductionGuard.check(new MockEnvironment().withProperty(ProductionGuard.ADMIN_PASSWORD, "admin")))
                .as("the local H2 default keeps admin/admin for a first look").doesNotThrowAnyException();
    }

    private static MockEnvironment production(String password) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("postgres");
        if (password != null) {
            env.setProperty(ProductionGuard.ADMIN_PASSWORD, password);
        }
        return env;
    }
}
