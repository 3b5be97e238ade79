package dev.keysmith.adapters.rest.audit;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.adapters.rest.shared.PageResponse;
import dev.keysmith.adapters.rest.shared.RequestParams;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase.ReadAuditEventsQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An account's audit trail, newest first; the service lets its ADMINs in. */
@Path("/v1/accounts/{accountId}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private final ReadAuditEventsUseCase readEvents;
    private final CallerFactory callers;

    AuditEventResource(ReadAuditEventsUseCase readEvents, CallerFactory callers) {
        this.readEvents = readEvents;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.USER, Roles.OPERATOR})
    public PageResponse<AuditEventResponse> list(
            @PathParam("accountId") String accountId,
            @QueryParam("action") String action,
            @QueryParam("keyId") String keyId,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        AccountId account = AccountId.parse(accountId);
        Integer size = RequestParams.limit(limit);
        ApiKeyId key = RequestParams.keyId(keyId);
        AuditActionParam filter = AuditActionParam.parse(action);
        return PageResponse.from(
                filter.apply(readEvents.readEvents(
                        new ReadAuditEventsQuery(callers.current(), account, filter.action(), key, after, size))),
                AuditEventResponse::from);
    }
}
