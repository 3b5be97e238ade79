package dev.keysmith.application.port.in.delivery;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.key.ApiKeyId;

/** ADMINs see how the delivery of an integrator's key stands, and send it again (new link, new code). */
public interface ManageKeyDeliveriesUseCase {

    KeyDelivery currentDelivery(GetKeyDeliveryQuery query);

    KeyDelivery resendDelivery(ResendKeyDeliveryCommand command);

    record GetKeyDeliveryQuery(Caller caller, AccountId account, ApiKeyId key) {}

    record ResendKeyDeliveryCommand(Caller caller, AccountId account, ApiKeyId key) {}
}
