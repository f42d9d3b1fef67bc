package org.xieshang.enterprise;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PortalUser;

/** The registry as JSON, under the same party scope as the pages. */
@RestController
@RequestMapping("/api")
class RegistryApi {

    private final EnterpriseRegistry registry;

    RegistryApi(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/enterprises")
    List<Enterprise> enterprises(@CurrentUser PortalUser user) {
        return registry.visibleTo(user);
    }

    @GetMapping("/enterprises/{id}")
    Enterprise enterprise(@PathVariable long id, @CurrentUser PortalUser user) {
        return registry.get(id, user);
    }

    @PostMapping("/enterprises")
    ResponseEntity<Enterprise> register(@RequestBody EnterpriseForm form, @CurrentUser PortalUser user) {
        long id = registry.register(form, user);
        return ResponseEntity.created(URI.create("/api/enterprises/" + id)).body(registry.get(id, user));
    }

    @GetMapping("/federations")
    List<Federation> federations(@CurrentUser PortalUser user) {
        return registry.federationsVisibleTo(user);
    }

    @GetMapping("/federations/{id}")
    Federation federation(@PathVariable long id, @CurrentUser PortalUser user) {
        return registry.federation(id, user);
    }
}
