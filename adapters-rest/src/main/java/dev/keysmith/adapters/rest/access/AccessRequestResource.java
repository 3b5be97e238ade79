package dev.keysmith.adapters.rest.access;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.adapters.rest.shared.RequestParams;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.ApproveAccessRequestCommand;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.DenyAccessRequestCommand;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.ListAccessRequestsQuery;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** Operators review the product access requests of every account. */
@Path("/v1/access-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class AccessRequestResource {

    static final String ALL_STATES = "ALL";

    private final DecideProductAccessUseCase decideAccess;
    private final CallerFactory callers;

    AccessRequestResource(DecideProductAccessUseCase decideAccess, CallerFactory callers) {
        this.decideAccess = decideAccess;
        this.callers = callers;
    }

    /** Pending requests by default; {@code state=ALL} for every request whatever became of it. */
    @GET
    public List<ProductAccessResponse> list(@QueryParam("state") @DefaultValue("REQUESTED") String state) {
        return decideAccess.listRequests(new ListAccessRequestsQuery(callers.current(), stateFilter(state))).stream()
                .map(ProductAccessResponse::from)
                .toList();
    }

    @POST
    @Path("/{requestId}/approve")
    public ProductAccessResponse approve(@PathParam("requestId") String requestId) {
        return ProductAccessResponse.from(decideAccess.approve(
                new ApproveAccessRequestCommand(callers.current(), RequestParams.uuid(requestId, "requestId"))));
    }

    @POST
    @Path("/{requestId}/deny")
    public ProductAccessResponse deny(@PathParam("requestId") String requestId) {
        return ProductAccessResponse.from(decideAccess.deny(
                new DenyAccessRequestCommand(callers.current(), RequestParams.uuid(requestId, "requestId"))));
    }

    /** Null, meaning every state, for ALL. */
    static AccessState stateFilter(String state) {
        if (ALL_STATES.equals(state)) {
            return null;
        }
        try {
            return AccessState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "state", "state must be " + ALL_STATES + " or one of " + Arrays.toString(AccessState.values()));
        }
    }
}
