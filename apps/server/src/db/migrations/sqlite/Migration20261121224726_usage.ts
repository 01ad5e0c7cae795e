import { Migration } from '@mikro-orm/migrations';

export class Migration20261121224726_usage extends Migration {

  override name = 'Migration20261121224726_usage';

  override up(): void | Promise<void> {
    this.addSql(`create table \`org_usage\` (\`org_id\` text not null, \`month\` text not null, \`events\` bigint not null, primary key (\`org_id\`, \`month\`));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`org_usage\`;`);
  }

}
