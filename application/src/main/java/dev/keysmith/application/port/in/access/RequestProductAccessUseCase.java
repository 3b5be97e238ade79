package dev.keysmith.application.port.in.access;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import java.time.LocalDate;

/** A SUPERADMIN asks for access to a product, saying when and what for. */
public interface RequestProductAccessUseCase {

    ProductAccess requestAccess(RequestProductAccessCommand command);

    /** {@code useCase} is the Superadmin's own words on what the product is for. */
    record RequestProductAccessCommand(
            Caller caller, AccountId account, ProductCode product, LocalDate intendedStartDate, String useCase) {}
}
