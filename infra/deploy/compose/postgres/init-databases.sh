#!/usr/bin/env bash
# Runs once, when the postgres image initialises an empty data directory
# (/docker-entrypoint-initdb.d). Creates the services' login role and one database per service,
# owned by that role, so the services never connect as the superuser.
# Same text as the postgres-init ConfigMap in ../../k8s/base/postgres.yaml (DeploymentFilesTest keeps them equal).
# The entrypoint sources this file: no `set -u`, and a missing variable stops the initialisation.
set -eo pipefail
: "${APP_DB_USER:?APP_DB_USER is not set}"
: "${APP_DB_PASSWORD:?APP_DB_PASSWORD is not set}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set app_user="$APP_DB_USER" --set app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
SQL

for db in identity account remittance collection audit bank; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set db="$db" --set app_user="$APP_DB_USER" <<'SQL'
CREATE DATABASE :"db" OWNER :"app_user";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
done
