package dev.keysmith.adapters.rest.user;

import dev.keysmith.adapters.rest.auth.LoginResponse;
import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.user.ChangePasswordUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase.GetProfileQuery;
import dev.keysmith.application.port.in.user.SetPinUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in person: their profile and memberships, their PIN and their password. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class MeResource {

    private final GetProfileUseCase getProfile;
    private final SetPinUseCase setPin;
    private final ChangePasswordUseCase changePassword;
    private final CallerFactory callers;

    MeResource(
            GetProfileUseCase getProfile,
            SetPinUseCase setPin,
            ChangePasswordUseCase changePassword,
            CallerFactory callers) {
        this.getProfile = getProfile;
        this.setPin = setPin;
        this.changePassword = changePassword;
        this.callers = callers;
    }

    @GET
    public ProfileResponse profile() {
        return ProfileResponse.from(getProfile.profile(new GetProfileQuery(callers.current())));
    }

    @PUT
    @Path("/pin")
    public void setPin(@Valid @NotNull SetPinRequest request) {
        setPin.setPin(request.toCommand(callers.current()));
    }

    /** Every earlier token ends, this call's included; the answer carries the caller's fresh token. */
    @PUT
    @Path("/password")
    public Response changePassword(@Valid @NotNull ChangePasswordRequest request) {
        LoginResponse token = LoginResponse.from(changePassword.changePassword(request.toCommand(callers.current())));
        return Response.ok(token).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
