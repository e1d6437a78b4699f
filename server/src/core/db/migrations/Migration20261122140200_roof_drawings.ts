import { Migration } from '@mikro-orm/migrations';

/** Roof drawings (one per installation) and the panel settings their estimate uses. */
export class Migration20261122140200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "portal_settings" add column "panel_width_m" numeric(6,3) not null default 1.134, add column "panel_height_m" numeric(6,3) not null default 1.762, add column "panel_power_w" numeric(8,2) not null default 430, add column "packing_factor" numeric(4,3) not null default 0.7;`);
    this.addSql(`alter table "portal_settings" add constraint "portal_settings_panel_positive_check" check ("panel_width_m" > 0 and "panel_height_m" > 0 and "panel_power_w" > 0 and "packing_factor" >= 0.3 and "packing_factor" <= 1);`);

    this.addSql(`create table "roof_drawing" ("id" uuid not null, "installation_id" uuid not null, "center_lat" numeric(10,7) not null, "center_lng" numeric(10,7) not null, "faces" jsonb not null, "plan_area_m2" numeric(10,2) not null, "surface_area_m2" numeric(10,2) not null, "usable_area_m2" numeric(10,2) not null, "panel_count" int not null, "peak_power_kwp" numeric(10,2) not null, "updated_at" timestamptz not null, "updated_by_id" uuid null, constraint "roof_drawing_pkey" primary key ("id"));`);
    this.addSql(`alter table "roof_drawing" add constraint "roof_drawing_installation_id_unique" unique ("installation_id");`);
    this.addSql(`alter table "roof_drawing" add constraint "roof_drawing_center_check" check ("center_lat" between -90 and 90 and "center_lng" between -180 and 180);`);
    this.addSql(`alter table "roof_drawing" add constraint "roof_drawing_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roof_drawing" add constraint "roof_drawing_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "roof_drawing" cascade;`);
    this.addSql(`alter table "portal_settings" drop constraint if exists "portal_settings_panel_positive_check";`);
    this.addSql(`alter table "portal_settings" drop column "panel_width_m", drop column "panel_height_m", drop column "panel_power_w", drop column "packing_factor";`);
  }

}
