package org.civicchat.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTest {

    @Test
    void warnsWhenTheDefaultLocalLinkBaseIsNotTheAppsPort() {
        assertThat(StartupReport.publicUrlMismatch("http://localhost:8080", "9090")).hasValueSatisfying(w ->
                assertThat(w).contains("CIVICCHAT_PUBLIC_URL is http://localhost:8080 but the app listens on port 9090"));
    }

    @Test
    void staysQuietWhenThePortMatchesOrThePublicAddressIsReal() {
        assertThat(StartupReport.publicUrlMismatch("http://localhost:8080", "8080")).isEmpty();
        assertThat(StartupReport.publicUrlMismatch("https://wx.example.gov.cn", "8080")).isEmpty();
    }

    @Test
    void warnsAboutAValueThatIsNoUrl() {
        assertThat(StartupReport.publicUrlMismatch("http://exa mple", "8080")).hasValue("CIVICCHAT_PUBLIC_URL is not a URL: http://exa mple");
    }
}
