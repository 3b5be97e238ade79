package dev.keysmith.adapters.rest.user;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.SetPinUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in person: their profile and memberships, and their PIN. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class MeResource {

    private final GetProfileUseCase getProfile;
    private final SetPinUseCase setPin;
    private final CallerFactory callers;

    MeResource(GetProfileUseCase getProfile, SetPinUseCase setPin, CallerFactory callers) {
        this.getProfile = getProfile;
        this.setPin = setPin;
        this.callers = callers;
    }

    @GET
    public ProfileResponse profile() {
        return ProfileResponse.from(getProfile.profile(callers.current()));
    }

    @PUT
    @Path("/pin")
    public void setPin(@Valid @NotNull SetPinRequest request) {
        setPin.setPin(request.toCommand(callers.current()));
    }
}
