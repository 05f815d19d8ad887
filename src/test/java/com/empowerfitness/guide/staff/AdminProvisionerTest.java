package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.empowerfitness.guide.config.GuideProperties;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdminProvisionerTest {

    private final StaffUserService users = mock(StaffUserService.class);

    @Test
    void withoutAnyStaffUserTheOneTimePasswordIsLoggedOnceAsAWarning(CapturedOutput output) {
        when(this.users.createSetupAdminIfNoUsers()).thenReturn(Optional.of("abcd-efgh-jkmn-pqrs"), Optional.empty());
        AdminProvisioner provisioner = new AdminProvisioner(new GuideProperties.Admin(null, null), this.users);

        provisioner.run(new DefaultApplicationArguments());
        provisioner.run(new DefaultApplicationArguments());

        assertThat(output.getOut())
                .containsOnlyOnce("abcd-efgh-jkmn-pqrs")
                .contains("WARN")
                .contains("'admin'");
    }

    @Test
    void environmentAdministratorIsProvisionedAndItsPasswordNeverLogged(CapturedOutput output) {
        AdminProvisioner provisioner =
                new AdminProvisioner(new GuideProperties.Admin("clinic-admin", "a very long secret"), this.users);

        provisioner.run(new DefaultApplicationArguments());

        verify(this.users).provisionAdmin("clinic-admin", "a very long secret");
        verify(this.users, never()).createSetupAdminIfNoUsers();
        assertThat(output.getOut()).doesNotContain("a very long secret");
    }

    @Test
    void aProvisioningPasswordLongerThan72BytesIsRefusedWithOneClearLineAndStartUpGoesOn(CapturedOutput output) {
        String tooLong = "ä".repeat(37) + "-secret";
        AdminProvisioner provisioner =
                new AdminProvisioner(new GuideProperties.Admin("clinic-admin", tooLong), this.users);

        provisioner.run(new DefaultApplicationArguments());

        verify(this.users, never())
                .provisionAdmin(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        verify(this.users).createSetupAdminIfNoUsers();
        assertThat(output.getOut())
                .contains("ERROR")
                .contains("GUIDE_ADMIN_PASSWORD is longer than 72 bytes")
                .doesNotContain(tooLong)
                .doesNotContain("Exception");
    }
}
