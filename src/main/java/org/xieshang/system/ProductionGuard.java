package org.xieshang.system;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Production (the postgres profile) never starts with the well-known administrator password: the engine creates its
 * administrator once, on first start, so a refusal must come before the engine does.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        if (production && (password.isBlank() || password.equals("admin") || password.length() < 10)) {
            throw new IllegalStateException("Set XIESHANG_ADMIN_PASSWORD to a password of at least 10 characters other "
                    + "than 'admin' before starting with the postgres profile (README, Configuration).");
        }
    }
}
