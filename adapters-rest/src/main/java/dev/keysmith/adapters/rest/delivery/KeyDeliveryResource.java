package dev.keysmith.adapters.rest.delivery;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase.GetKeyDeliveryQuery;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase.ResendKeyDeliveryCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.key.ApiKeyId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The delivery of a key made for an integrator, for the account's ADMINs: how it stands (SENT, REVEALED, FAILED,
 * EXPIRED, ENDED), and {@code POST} to send it again with a new link and code (the old link dies).
 */
@Path("/v1/accounts/{accountId}/keys/{keyId}/delivery")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class KeyDeliveryResource {

    private final ManageKeyDeliveriesUseCase deliveries;
    private final CallerFactory callers;
    private final Clock clock;

    KeyDeliveryResource(ManageKeyDeliveriesUseCase deliveries, CallerFactory callers, Clock clock) {
        this.deliveries = deliveries;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    public DeliveryResponse get(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        KeyDelivery delivery = deliveries.currentDelivery(
                new GetKeyDeliveryQuery(callers.current(), AccountId.parse(accountId), ApiKeyId.parse(keyId)));
        return DeliveryResponse.from(delivery, clock.instant());
    }

    @POST
    public Response resend(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        KeyDelivery delivery = deliveries.resendDelivery(
                new ResendKeyDeliveryCommand(callers.current(), AccountId.parse(accountId), ApiKeyId.parse(keyId)));
        return Response.status(201)
                .entity(DeliveryResponse.from(delivery, clock.instant()))
                .build();
    }
}
