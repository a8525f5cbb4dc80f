package org.civicchat.wechat;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * WeChat's callbacks are not observed as HTTP server requests: at hundreds a second the observation (timers,
 * tags, a histogram per URI and outcome) costs more than the signature check, and the portal's own figures
 * already say what matters ({@code civicchat.reply.latency}, {@code civicchat.messages}). Every other path
 * (console, admin API, actuator) keeps {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
class PortalObservations {

    static final String PORTAL = "/wx/portal/";

    @Bean
    ObservationPredicate portalRequestsAreNotObserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier() != null && request.getCarrier().getRequestURI().startsWith(PORTAL));
    }
}
