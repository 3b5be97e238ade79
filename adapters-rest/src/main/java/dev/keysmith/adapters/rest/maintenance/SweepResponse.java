package dev.keysmith.adapters.rest.maintenance;

import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;

/** What a sweep did; {@code skipped} is true (and the counts zero) when another instance was sweeping. */
public record SweepResponse(boolean skipped, int warningsSent, int keysExpired, int gracePeriodsEnded, int emailsSent) {

    public static SweepResponse from(SweepResult result) {
        return new SweepResponse(
                result.skipped(),
                result.warningsSent(),
                result.keysExpired(),
                result.gracePeriodsEnded(),
                result.emailsSent());
    }
}
