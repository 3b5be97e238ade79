package dev.keysmith.adapters.rest.verify;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.Verification;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.VerifyCommand;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The hot path product backends call for every request they serve. */
@Path("/v1/keys/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerifyResource {

    private static final Method CONSTRAINED;

    static {
        try {
            CONSTRAINED = VerifyResource.class.getDeclaredMethod("constraints", VerifyRequest.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final VerifyApiKeyUseCase verify;
    private final CallerFactory callers;
    private final Validator validator;

    VerifyResource(VerifyApiKeyUseCase verify, CallerFactory callers, Validator validator) {
        this.verify = verify;
        this.callers = callers;
        this.validator = validator;
    }

    /**
     * Answered on the event loop when the snapshot holds every fact; only a verification that must wait for the
     * database (a miss, an unknown key the filter catches up on) moves to a worker thread.
     */
    @POST
    @RolesAllowed(Roles.VERIFIER)
    public Uni<VerifyResponse> verify(@RequestBody(required = true) VerifyRequest request) {
        if (request == null || !request.withinLimits()) {
            throw new ConstraintViolationException(
                    validator.forExecutables().validateParameters(this, CONSTRAINED, new Object[] {request}));
        }
        VerifyCommand command = new VerifyCommand(
                callers.current(),
                request.key(),
                request.product(),
                request.clientIp(),
                request.scopes(),
                request.accountId());
        Optional<Verification> fromMemory = verify.verifyFromMemory(command);
        if (fromMemory.isPresent()) {
            return Uni.createFrom().item(VerifyResponse.from(fromMemory.get()));
        }
        return Uni.createFrom()
                .item(() -> VerifyResponse.from(verify.verify(command)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * The body's constraints, checked by Bean Validation only for a body {@link VerifyRequest#withinLimits()}
     * refuses: the refusal is the problem document it always was, and a good body costs no validator on the hot path.
     */
    void constraints(@Valid @NotNull VerifyRequest request) {
        // never called: it carries the constraints for the validator
    }
}
