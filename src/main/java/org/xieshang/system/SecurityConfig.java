package org.xieshang.system;

import static org.springframework.security.config.Customizer.withDefaults;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three doors. The engine's REST API takes HTTP Basic on every request and nothing else: no session, no cookie,
 * nothing a page on another site could ride on. Cockpit, Tasklist and Admin keep their own login, CSRF and
 * Content-Security-Policy. The portal is the form login with its session (SameSite, application.yaml), CSRF tokens
 * and a policy that runs scripts and styles from our own origin only.
 */
@Configuration
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // The API is Jersey's servlet, not Spring MVC's: match the path itself.
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(PartyKind.ADMIN.name()))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // Stateless Basic needs no token; a browser that cached the password is still refused from another site.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameOriginOnly(), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operatorWebapps(HttpSecurity http, LoginLocks locks) throws Exception {
        // Cockpit, Tasklist and Admin authenticate against the engine themselves and send their own CSRF token and policy.
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new WebappLoginLock(locks), BasicAuthenticationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(PartyKind.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(withDefaults())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * Refuses a request to the engine API that a browser marks as sent from another site (Origin or Sec-Fetch-Site),
     * so credentials a browser remembers for this host never act for a foreign page.
     */
    static final class SameOriginOnly extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String site = request.getHeader("Sec-Fetch-Site");
            String origin = request.getHeader("Origin");
            boolean foreign = (site != null && !site.equals("same-origin") && !site.equals("none"))
                    || (origin != null && !sameOrigin(origin, request));
            if (foreign) {
                response.sendError(HttpStatus.FORBIDDEN.value(), "cross-site request to the engine API");
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean sameOrigin(String origin, HttpServletRequest request) {
            try {
                URI uri = URI.create(origin);
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
                return request.getScheme().equalsIgnoreCase(uri.getScheme())
                        && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
