package org.civicchat.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTest {

    @Test
    void warnsWhenTheDefaultLocalLinkBaseIsNotTheAppsPort() {
        assertThat(StartupReport.publicUrlMismatch("http://localhost:8080", "9090")).hasValueSatisfying(w ->
                assertThat(w).contains("CIVICCHAT_PUBLIC_BASE_URL is http://localhost:8080 but the app listens on port 9090"));
    }

    @Test
    void staysQuietWhenThePortMatchesOrThePublicAddressIsReal() {
        assertThat(StartupReport.publicUrlMismatch("http://localhost:8080", "8080")).isEmpty();
        assertThat(StartupReport.publicUrlMismatch("https://wx.example.gov.cn", "8080")).isEmpty();
    }

    @Test
    void warnsWhenNoPublicAddressIsConfigured() {
        assertThat(StartupReport.publicUrlMismatch("", "9090")).hasValue("CIVICCHAT_PUBLIC_BASE_URL is not set: links in "
                + "notices will use the address the console is opened with when a notice is sent (until then "
                + "http://localhost:9090); set CIVICCHAT_PUBLIC_BASE_URL to the address residents' phones reach");
    }

    @Test
    void warnsAboutAValueThatIsNoUrl() {
        assertThat(StartupReport.publicUrlMismatch("http://exa mple", "8080")).hasValue("CIVICCHAT_PUBLIC_BASE_URL is not a URL: http://exa mple");
    }
}
