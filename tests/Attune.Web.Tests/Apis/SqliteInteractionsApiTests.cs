using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Apis;

[Collection(Collections.Sqlite)]
public sealed class SqliteInteractionsApiTests(SqliteHost host) : InteractionsApiContract(host);
