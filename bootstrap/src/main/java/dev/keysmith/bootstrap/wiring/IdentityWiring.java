package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.access.ProductAccessService;
import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.account.AccountService;
import dev.keysmith.application.account.InvitationSender;
import dev.keysmith.application.account.MemberService;
import dev.keysmith.application.audit.AuditLogService;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.delivery.DeliverySettings;
import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.OperatorInvitationPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.port.out.VerifierClientChangedPort;
import dev.keysmith.application.port.out.VerifierClientPort;
import dev.keysmith.application.user.LoginService;
import dev.keysmith.application.user.OperatorBootstrapService;
import dev.keysmith.application.user.OperatorService;
import dev.keysmith.application.user.PasswordCheck;
import dev.keysmith.application.user.PasswordService;
import dev.keysmith.application.user.PinService;
import dev.keysmith.application.user.ProfileService;
import dev.keysmith.application.verifier.VerifierClientService;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the services for people, accounts, access, verifier clients and the audit trail. */
public class IdentityWiring {

    @Produces
    @Singleton
    AuditTrail auditTrail(AuditLogPort log, Clock clock) {
        return new AuditTrail(log, clock);
    }

    @Produces
    @Singleton
    AccountGate accountGate(AccountPort accounts, MembershipPort memberships) {
        return new AccountGate(accounts, memberships);
    }

    @Produces
    @Singleton
    PasswordCheck passwordCheck(SignInAttemptsPort attempts, SecretHasherPort hasher, AuditTrail audit, Clock clock) {
        return new PasswordCheck(attempts, hasher, audit, clock);
    }

    @Produces
    @Singleton
    PasswordService passwordService(
            UserPort users,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            AccessTokenPort tokens,
            TransactionPort transactions,
            AuditTrail audit) {
        return new PasswordService(users, passwords, hasher, tokens, transactions, audit);
    }

    @Produces
    @Singleton
    OperatorService operatorService(
            UserPort users,
            OperatorInvitationPort invitations,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            RandomTokenPort random,
            SendEmailPort email,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new OperatorService(users, invitations, passwords, hasher, random, email, transactions, audit, clock);
    }

    @Produces
    @Singleton
    InvitationSender invitationSender(
            InvitationPort invitations,
            RandomTokenPort random,
            SendEmailPort email,
            AuditTrail audit,
            Clock clock,
            DeliverySettings settings) {
        // Links in emails start with the public URL, the same setting as the key deliveries' links.
        return new InvitationSender(invitations, random, email, audit, clock, settings.publicUrl());
    }

    @Produces
    @Singleton
    @Typed(LoginService.class) // the use case itself is the metered one (MetricsWiring)
    LoginService loginService(
            UserPort users,
            VerifierClientPort clients,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            AccessTokenPort tokens,
            TransactionPort transactions,
            AuditTrail audit) {
        return new LoginService(users, clients, passwords, hasher, tokens, transactions, audit);
    }

    @Produces
    @Singleton
    PinService pinService(
            UserPort users,
            SecretHasherPort hasher,
            PasswordCheck passwords,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new PinService(users, hasher, passwords, transactions, audit, clock);
    }

    @Produces
    @Singleton
    OperatorBootstrapService operatorBootstrap(
            UserPort users,
            SecretHasherPort hasher,
            RandomTokenPort random,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new OperatorBootstrapService(users, hasher, random, transactions, audit, clock);
    }

    @Produces
    @Singleton
    ProfileService profileService(UserPort users, MembershipPort memberships, AccountPort accounts) {
        return new ProfileService(users, memberships, accounts);
    }

    @Produces
    @Singleton
    AccountService accountService(
            AccountPort accounts,
            AccountGate gate,
            InvitationSender invitations,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new AccountService(accounts, gate, invitations, changes, transactions, audit, clock);
    }

    @Produces
    @Singleton
    MemberService memberService(
            AccountPort accounts,
            MembershipPort memberships,
            UserPort users,
            InvitationPort invitations,
            AccountGate gate,
            InvitationSender sender,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new MemberService(
                accounts, memberships, users, invitations, gate, sender, passwords, hasher, transactions, audit, clock);
    }

    @Produces
    @Singleton
    ProductAccessService productAccessService(
            ProductAccessPort accesses,
            LoadProductPort products,
            AccountPort accounts,
            AccountGate gate,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new ProductAccessService(accesses, products, accounts, gate, changes, transactions, audit, clock);
    }

    @Produces
    @Singleton
    VerifierClientService verifierClientService(
            VerifierClientPort clients,
            VerifierClientChangedPort changes,
            LoadProductPort products,
            PinService pins,
            SecretHasherPort hasher,
            RandomTokenPort random,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new VerifierClientService(clients, changes, products, pins, hasher, random, transactions, audit, clock);
    }

    @Produces
    @Singleton
    AuditLogService auditLogService(AuditLogPort log, AccountGate gate) {
        return new AuditLogService(log, gate);
    }
}
