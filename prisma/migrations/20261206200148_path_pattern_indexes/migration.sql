-- CreateIndex
CREATE INDEX "Community_path_idx" ON "Community"("path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Region_path_idx" ON "Region"("path" text_pattern_ops);
