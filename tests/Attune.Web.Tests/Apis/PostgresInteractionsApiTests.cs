using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Apis;

/// <summary>The API suite on PostgreSQL: SKIPPED unless ATTUNE_TEST_POSTGRES is set (./test.sh sets it).</summary>
[Collection(Collections.Postgres)]
public sealed class PostgresInteractionsApiTests(PostgresHost host) : InteractionsApiContract(host);
