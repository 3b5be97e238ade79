package dev.keysmith.adapters.rest.audit;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.adapters.rest.shared.PageResponse;
import dev.keysmith.adapters.rest.shared.RequestParams;
import dev.keysmith.application.port.in.audit.ReadPlatformAuditEventsUseCase;
import dev.keysmith.application.port.in.audit.ReadPlatformAuditEventsUseCase.ReadPlatformAuditEventsQuery;
import dev.keysmith.domain.key.ApiKeyId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The whole platform's audit trail, newest first, for operators: every account's events and those of none. */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditEventResource {

    private final ReadPlatformAuditEventsUseCase readEvents;
    private final CallerFactory callers;

    PlatformAuditEventResource(ReadPlatformAuditEventsUseCase readEvents, CallerFactory callers) {
        this.readEvents = readEvents;
        this.callers = callers;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    public PageResponse<AuditEventResponse> list(
            @QueryParam("action") String action,
            @QueryParam("keyId") String keyId,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        Integer size = RequestParams.limit(limit);
        ApiKeyId key = RequestParams.keyId(keyId);
        AuditActionParam filter = AuditActionParam.parse(action);
        return PageResponse.from(
                filter.apply(readEvents.readPlatformEvents(
                        new ReadPlatformAuditEventsQuery(callers.current(), filter.action(), key, after, size))),
                AuditEventResponse::from);
    }
}
