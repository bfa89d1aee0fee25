using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GeoGraph.Bolt.Internal.Connection;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Driver;

public class SecurityTests
{
    public class Credentials
    {
        [Fact]
        public void Basic_token_ToString_shows_user_but_never_the_password()
        {
            var text = AuthTokens.Basic("neo4j", "hunter2-secret").ToString()!;
            Assert.Contains("neo4j", text);
            Assert.DoesNotContain("hunter2-secret", text);
        }

        [Fact]
        public void Bearer_token_ToString_never_shows_the_token()
        {
            Assert.DoesNotContain("eyJhbGciOi.jwt", AuthTokens.Bearer("eyJhbGciOi.jwt").ToString()!);
        }

        [Fact]
        public void Driver_ToString_names_the_server_only()
        {
            var driver = GraphDatabase.Driver("bolt://db.example:7687", AuthTokens.Basic("neo4j", "hunter2-secret"));
            Assert.Equal("Driver(bolt://db.example:7687)", driver.ToString());
        }

        [Fact]
        public void Uri_with_user_info_is_rejected_without_echoing_it()
        {
            var e = Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("bolt://neo4j:hunter2-secret@db:7687", AuthTokens.None));
            Assert.DoesNotContain("hunter2-secret", e.ToString());
        }

        [Fact]
        public async Task Messages_logged_for_hello_and_logon_redact_credentials()
        {
            var token = (Internal.Auth.AuthToken)AuthTokens.Basic("neo4j", "hunter2-secret");
            Assert.DoesNotContain("hunter2-secret", new Internal.Messages.HelloMessage("UA", token).ToString());
            Assert.DoesNotContain("hunter2-secret", new Internal.Messages.LogonMessage(token).ToString());

            // And no exception of a failed login carries them.
            await using var server = Scripted.Start("auth_failure");
            await using var driver = Scripted.Driver(server, password: "wrong-pw");
            var e = await Scripted.Within(Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync()));
            Assert.DoesNotContain("wrong-pw", e.ToString());
            Assert.DoesNotContain("wrong-pw", e.Message);
        }
    }

    public class Uris
    {
        [Theory]
        [InlineData("bolt://localhost", "localhost", 7687, 0)]
        [InlineData("bolt://10.0.0.1:7688", "10.0.0.1", 7688, 0)]
        [InlineData("bolt+s://db.example.org", "db.example.org", 7687, 1)]
        [InlineData("bolt+ssc://[::1]:9999", "::1", 9999, 2)]
        public void Bolt_schemes_parse_to_host_port_and_tls_mode(string uri, string host, int port, int tls)
        {
            Assert.Equal(new BoltUri(host, port, (TlsMode)tls), BoltUri.Parse(uri));
        }

        [Theory]
        [InlineData("neo4j://db:7687", "bolt://db:7687")]
        [InlineData("neo4j+s://db", "bolt+s://db:7687")]
        [InlineData("neo4j+ssc://db:1234", "bolt+ssc://db:1234")]
        public void Routing_schemes_are_refused_with_the_bolt_alternative(string uri, string alternative)
        {
            var e = Assert.Throws<ArgumentException>(() => GraphDatabase.Driver(uri, AuthTokens.None));
            Assert.Contains("routing", e.Message);
            Assert.Contains(alternative, e.Message);
        }

        [Fact]
        public void Unknown_schemes_are_refused()
        {
            Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("http://db:7474", AuthTokens.None));
        }
    }

    public class Tls
    {
        private static X509Certificate2 SelfSigned()
        {
            // ECDSA: key generation is instant, unlike RSA on a loaded CI machine.
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            san.AddDnsName("localhost");
            request.CertificateExtensions.Add(san.Build());
            using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            // Round-trip through PFX so the private key is usable by SslStream on every platform.
            return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
        }

        [Fact]
        public async Task Bolt_ssc_accepts_a_self_signed_certificate_and_talks_over_tls()
        {
            using var cert = SelfSigned();
            await using var server = ScriptedBoltServer.Start(BoltScript.Load(TestPaths.Script("auth_v5")), cert);
            Assert.StartsWith("bolt+ssc://", server.Uri, StringComparison.Ordinal);
            await using (var driver = GraphDatabase.Driver(server.Uri, AuthTokens.Basic("neo4j", "s3cret-pw"), c => c.WithConnectionTimeout(TimeSpan.FromSeconds(9))))
            {
                await using var session = driver.AsyncSession();
                var records = await Scripted.Within(Scripted.RunToList(session, "RETURN 1 AS n"));
                Assert.Equal(1L, records.Single()["n"]);
            }

            await server.WaitForCompletionAsync(Scripted.TestTimeout);
        }

        [Fact]
        public async Task Bolt_s_rejects_a_certificate_no_system_ca_signed()
        {
            using var cert = SelfSigned();
            await using var server = ScriptedBoltServer.Start(BoltScript.Load(TestPaths.Script("auth_v5")), cert);
            var uri = server.Uri.Replace("bolt+ssc://", "bolt+s://", StringComparison.Ordinal);
            await using var driver = GraphDatabase.Driver(uri, AuthTokens.Basic("neo4j", "s3cret-pw"), c => c.WithConnectionTimeout(TimeSpan.FromSeconds(9)));
            var e = await Scripted.Within(Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync()));
            Assert.IsType<System.Security.Authentication.AuthenticationException>(e.InnerException);
        }
    }
}
