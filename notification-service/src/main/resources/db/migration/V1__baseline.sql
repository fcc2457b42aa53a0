-- notification-service schema. Chinese name search uses trigram indexes (the cluster runs with a UTF-8 locale).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
