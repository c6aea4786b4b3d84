// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/plan_session.h"

#include "json_text.h"
#include "pg_connection.h"
#include "plan_json.h"
#include "plan_schema.h"
#include "scenario_json.h"

#include <chrono>
#include <nlohmann/json.hpp>

#if defined(_WIN32)
#include <winsock2.h>
#else
#include <sys/select.h>
#endif

namespace cw::project {

using nlohmann::json;

namespace {

const char* tableOf(PlanObjectKind kind) {
    switch (kind) {
    case PlanObjectKind::Project:
        return "cw_projects";
    case PlanObjectKind::SandboxZone:
        return "cw_sandbox_zones";
    case PlanObjectKind::Layer:
        return "cw_layers";
    case PlanObjectKind::Setting:
        return "cw_settings";
    }
    return "cw_projects";
}

struct Merged {
    json document;
    std::vector<FieldConflict> conflicts;
};

// Three-way merge by top-level field: what only one side changed is taken from it.
Merged mergeFields(const json& original, const json& theirs, const json& mine,
                   const Resolutions& resolutions) {
    Merged out{json::object(), {}};
    auto valueOf = [](const json& doc, const std::string& key) {
        return doc.contains(key) ? doc.at(key) : json();
    };
    std::vector<std::string> keys;
    for (const json* doc : {&original, &theirs, &mine})
        for (const auto& item : doc->items())
            if (std::find(keys.begin(), keys.end(), item.key()) == keys.end())
                keys.push_back(item.key());
    for (const std::string& key : keys) {
        const json o = valueOf(original, key), t = valueOf(theirs, key), m = valueOf(mine, key);
        if (m == o || m == t) {
            out.document[key] = t;
        } else if (t == o) {
            out.document[key] = m;
        } else if (const auto pick = resolutions.find(key); pick != resolutions.end()) {
            out.document[key] = pick->second == Pick::Mine ? m : t;
        } else {
            out.conflicts.push_back({key, o.dump(), t.dump(), m.dump()});
            out.document[key] = t;
        }
    }
    return out;
}

// Turns a failed statement into the error the user sees.
Error failure(PgConnection& connection, const PgResult& result, const std::string& object) {
    if (result.sqlState() == "42501")
        return makeError(ErrorCode::PermissionDenied, {object, ""}, result.error());
    if (!connection.alive())
        return makeError(ErrorCode::DatabaseUnavailable,
                         {connection.location().displayUrl(), connection.lastError()});
    return makeError(ErrorCode::ProjectWriteFailed, {connection.location().displayUrl()},
                     result.error());
}

template <typename T> void replaceOrAppend(std::vector<T>& list, T object) {
    for (T& existing : list)
        if (existing.id == object.id) {
            existing = std::move(object);
            return;
        }
    list.push_back(std::move(object));
}

// Runs a save and, when it went through, puts the object as saved (merged with others'
// changes) into the session's plan.
template <typename T, typename Save>
Result<SaveOutcome> keepSaved(std::vector<T>& list, T (*fromJson)(const json&), Save save) {
    std::string saved;
    auto outcome = save(&saved);
    if (outcome && outcome->state == SaveState::Saved)
        replaceOrAppend(list, fromJson(json::parse(saved)));
    return outcome;
}

template <typename T> void eraseId(std::vector<T>& list, const std::string& id) {
    std::erase_if(list, [&](const T& item) { return item.id == id; });
}

// Adds one object row (its table, id and JSON document) to `project`; a document of the wrong
// shape is named in damagedParts instead.
void addPlanObject(Project& project, const std::string& table, const std::string& id,
                   const std::string& text) {
    const json doc = json::parse(text, nullptr, false);
    try {
        if (table == "cw_projects")
            project.projects.push_back(projectFrom(doc));
        else if (table == "cw_sandbox_zones")
            project.sandboxZones.push_back(zoneFrom(doc));
        else if (table == "cw_layers")
            project.layers.push_back(layerFrom(doc));
        else if (table == "cw_scenarios") {
            auto scenario = scenarioPlanFromJson(doc.at("plan").dump());
            if (!scenario)
                throw std::runtime_error("plan");
            scenario->id = id;
            scenario->name = localizedTextFromJson(doc.value("name", json::object()));
            scenario->description = doc.value("description", "");
            project.scenarios.push_back(std::move(*scenario));
        } else if (id == "title")
            project.title = localizedTextFromJson(doc);
        else if (id == "note")
            project.note = localizedTextFromJson(doc);
        else if (id == "rules")
            project.rules = rulesFrom(doc);
        else if (id == "active_scenario")
            project.activeScenario = doc.get<std::string>();
        else if (id == "view") {
            project.view.crs = doc.value("crs", project.view.crs);
            if (const json e = doc.value("extent", json()); e.is_array() && e.size() == 4)
                project.view.extent = {e[0].get<double>(), e[1].get<double>(), e[2].get<double>(),
                                       e[3].get<double>()};
        }
    } catch (const std::exception&) {
        project.damagedParts.push_back(table + " " + id);
    }
}

} // namespace

// Rolls back the transaction beginEdit opened, unless it was committed.
class PlanSession::Transaction {
public:
    explicit Transaction(PgConnection& connection) : m_connection(connection) {}
    ~Transaction() {
        if (m_open)
            m_connection.exec("ROLLBACK");
    }
    void opened() { m_open = true; }
    PgResult commit() {
        m_open = false;
        return m_connection.exec("COMMIT");
    }

private:
    PgConnection& m_connection;
    bool m_open = false;
};

std::string planObjectKey(PlanObjectKind kind, const std::string& id) {
    switch (kind) {
    case PlanObjectKind::Project:
        return "project:" + id;
    case PlanObjectKind::SandboxZone:
        return "zone:" + id;
    case PlanObjectKind::Layer:
        return "layer:" + id;
    case PlanObjectKind::Setting:
        return "setting:" + id;
    }
    return id;
}

PlanSession::PlanSession(std::unique_ptr<PgConnection> connection, DatabaseLocation location)
    : m_connection(std::move(connection)), m_location(std::move(location)) {}

PlanSession::~PlanSession() = default;

Result<std::unique_ptr<PlanSession>> PlanSession::open(const DatabaseLocation& location) {
    auto connection = PgConnection::open(location);
    if (!connection)
        return connection.error();
    std::unique_ptr<PlanSession> session(new PlanSession(std::move(*connection), location));
    if (auto loaded = session->reload(); !loaded)
        return loaded.error();
    return session;
}

Status PlanSession::reload() {
    PgConnection& db = *m_connection;
    const PgResult version = db.exec("SELECT value FROM " + qualified(m_location, "cw_meta") +
                                     " WHERE key = 'schema_version'");
    if (!version.ok() || version.rows() == 0) {
        if (!db.alive())
            return makeError(ErrorCode::DatabaseUnavailable,
                             {m_location.displayUrl(), db.lastError()});
        if (version.sqlState() == "42501") // no right to read the plan's schema
            return makeError(ErrorCode::DatabaseUnavailable,
                             {m_location.displayUrl(), version.error()});
        return makeError(ErrorCode::DatabaseNotAPlan, {m_location.displayUrl(), "no-plan"});
    }
    const long long recorded = version.integer(0, 0);
    if (recorded > kPlanSchemaVersion)
        return makeError(ErrorCode::ProjectNewerSchema,
                         {m_location.displayUrl(), std::to_string(recorded),
                          std::to_string(kPlanSchemaVersion)});
    Project project;
    m_loaded.clear();
    for (const char* table : kPlanObjectTables) {
        const PgResult rows = db.exec("SELECT id, row_version, doc::text FROM " +
                                      qualified(m_location, table) + " ORDER BY position, id");
        if (!rows.ok())
            return failure(db, rows, table);
        for (int r = 0; r < rows.rows(); ++r) {
            const std::string id = rows.text(r, 0);
            const std::string text = rows.text(r, 2);
            m_loaded[table][id] = {rows.integer(r, 1), text};
            addPlanObject(project, table, id, text);
        }
    }
    m_project = std::move(project);
    return Ok{};
}

Result<SaveOutcome> PlanSession::saveObject(const char* table, const std::string& id,
                                            const std::string& mineDocument,
                                            const Resolutions& resolutions,
                                            std::string* savedDocument) {
    PgConnection& db = *m_connection;
    Transaction transaction(db);
    auto current = beginEdit(transaction, table, id);
    if (!current)
        return current.error();
    const std::string target = qualified(m_location, table);
    SaveOutcome outcome;
    const json mine = json::parse(mineDocument);
    json toWrite = mine;
    const auto loaded = m_loaded[table].find(id);
    const bool exists = current->exists;
    if (loaded != m_loaded[table].end() && !exists) {
        outcome.state = SaveState::DeletedByOther;
        return outcome;
    }
    if (exists) {
        outcome.rowVersion = current->version;
        const bool known = loaded != m_loaded[table].end();
        if (!known || outcome.rowVersion != loaded->second.version) {
            // Someone saved since we loaded it (or added an object of the same id): merge.
            const json original = known ? json::parse(loaded->second.document) : json::object();
            Merged merged =
                mergeFields(original, json::parse(current->document), mine, resolutions);
            if (!merged.conflicts.empty()) {
                outcome.state = SaveState::Conflict;
                outcome.conflicts = std::move(merged.conflicts);
                return outcome;
            }
            toWrite = std::move(merged.document);
        }
    }
    const bool zone = std::string(table) == "cw_sandbox_zones";
    PgParams params{id, toWrite.dump()};
    std::string geometry;
    if (zone) {
        params.push_back(zoneGeoJson(toWrite));
        geometry = "ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($3), 5186))";
    }
    const std::string sql =
        exists ? "UPDATE " + target +
                     " SET doc = $2::jsonb, row_version = row_version + 1, updated_by = "
                     "current_user, updated_at = clock_timestamp()" +
                     (zone ? ", geom = " + geometry : std::string()) +
                     " WHERE id = $1 RETURNING row_version"
               : "INSERT INTO " + target + " (id, position, doc" + (zone ? ", geom" : "") +
                     ") VALUES ($1, (SELECT coalesce(max(position) + 1, 0) FROM " + target +
                     "), $2::jsonb" + (zone ? ", " + geometry : std::string()) +
                     ") RETURNING row_version";
    const PgResult written = db.exec(sql, params);
    if (!written.ok())
        return failure(db, written, id);
    if (const PgResult committed = transaction.commit(); !committed.ok())
        return failure(db, committed, id);
    outcome.rowVersion = written.integer(0, 0);
    *savedDocument = toWrite.dump();
    m_loaded[table][id] = {outcome.rowVersion, *savedDocument};
    return outcome;
}

Result<SaveOutcome> PlanSession::saveProject(const ProjectInfo& mine,
                                             const Resolutions& resolutions) {
    return keepSaved(m_project.projects, projectFrom, [&](std::string* saved) {
        return saveObject("cw_projects", mine.id, projectJson(mine).dump(), resolutions, saved);
    });
}

Result<SaveOutcome> PlanSession::saveZone(const SandboxZone& mine, const Resolutions& resolutions) {
    return keepSaved(m_project.sandboxZones, zoneFrom, [&](std::string* saved) {
        return saveObject("cw_sandbox_zones", mine.id, zoneJson(mine).dump(), resolutions, saved);
    });
}

Result<SaveOutcome> PlanSession::saveLayer(const LayerEntry& mine, const Resolutions& resolutions) {
    return keepSaved(m_project.layers, layerFrom, [&](std::string* saved) {
        return saveObject("cw_layers", mine.id, layerJson(mine).dump(), resolutions, saved);
    });
}

Result<ChangesOutcome>
PlanSession::saveChanges(const Project& edited,
                         const std::map<std::string, Resolutions>& resolutions) {
    ChangesOutcome result;
    const Project before = m_project; // each save updates m_project
    auto resolutionsFor = [&](PlanObjectKind kind, const std::string& id) {
        const auto found = resolutions.find(planObjectKey(kind, id));
        return found == resolutions.end() ? Resolutions{} : found->second;
    };
    // A lost connection ends the whole save; anything else concerns that object only.
    auto record = [&](PlanObjectKind kind, const std::string& id,
                      Result<SaveOutcome> outcome) -> Status {
        if (!outcome && outcome.error().code == ErrorCode::DatabaseUnavailable)
            return outcome.error();
        if (!outcome)
            result.notSaved.push_back({kind, id, {}, outcome.error()});
        else if (outcome->state == SaveState::Saved)
            ++result.saved;
        else
            result.notSaved.push_back({kind, id, std::move(*outcome), std::nullopt});
        return Ok{};
    };
    auto saveList = [&](const auto& was, const auto& now, PlanObjectKind kind,
                        auto saveOne) -> Status {
        for (const auto& object : now) {
            const auto old = std::find_if(was.begin(), was.end(),
                                          [&](const auto& o) { return o.id == object.id; });
            if (old == was.end() || !(*old == object))
                if (auto st =
                        record(kind, object.id, saveOne(object, resolutionsFor(kind, object.id)));
                    !st)
                    return st;
        }
        for (const auto& object : was)
            if (std::none_of(now.begin(), now.end(),
                             [&](const auto& o) { return o.id == object.id; }))
                if (auto st = record(kind, object.id, remove(kind, object.id)); !st)
                    return st;
        return Ok{};
    };
    Status status =
        saveList(before.projects, edited.projects, PlanObjectKind::Project,
                 [&](const ProjectInfo& o, const Resolutions& r) { return saveProject(o, r); });
    if (status)
        status =
            saveList(before.sandboxZones, edited.sandboxZones, PlanObjectKind::SandboxZone,
                     [&](const SandboxZone& o, const Resolutions& r) { return saveZone(o, r); });
    if (status)
        status =
            saveList(before.layers, edited.layers, PlanObjectKind::Layer,
                     [&](const LayerEntry& o, const Resolutions& r) { return saveLayer(o, r); });
    const std::pair<const char*, json> settings[] = {
        {"title", {{"ko", edited.title.ko}, {"en", edited.title.en}}},
        {"note", {{"ko", edited.note.ko}, {"en", edited.note.en}}},
        {"rules", rulesJson(edited.rules)}};
    const bool changed[] = {edited.title != before.title, edited.note != before.note,
                            !(edited.rules == before.rules)};
    for (std::size_t i = 0; status && i < std::size(settings); ++i) {
        if (!changed[i])
            continue;
        const std::string id = settings[i].first;
        std::string saved;
        auto outcome = saveObject("cw_settings", id, settings[i].second.dump(),
                                  resolutionsFor(PlanObjectKind::Setting, id), &saved);
        if (outcome && outcome->state == SaveState::Saved)
            addPlanObject(m_project, "cw_settings", id, saved);
        status = record(PlanObjectKind::Setting, id, std::move(outcome));
    }
    if (!status)
        return status.error();
    return result;
}

Result<SaveOutcome> PlanSession::remove(PlanObjectKind kind, const std::string& id) {
    const char* table = tableOf(kind);
    PgConnection& db = *m_connection;
    Transaction transaction(db);
    auto current = beginEdit(transaction, table, id);
    if (!current)
        return current.error();
    const std::string target = qualified(m_location, table);
    SaveOutcome outcome;
    const auto loaded = m_loaded[table].find(id);
    if (!current->exists) {
        outcome.state = SaveState::DeletedByOther;
        return outcome;
    }
    outcome.rowVersion = current->version;
    if (loaded == m_loaded[table].end() || loaded->second.version != outcome.rowVersion) {
        // Deleting what someone just changed would throw their work away unseen.
        outcome.state = SaveState::ChangedByOther;
        if (loaded != m_loaded[table].end()) {
            // What they changed, to show beside the deletion the planner asked for.
            const json original = json::parse(loaded->second.document);
            const json theirs = json::parse(current->document);
            for (const auto& item : theirs.items())
                if (!original.contains(item.key()) || original.at(item.key()) != item.value())
                    outcome.conflicts.push_back(
                        {item.key(),
                         original.contains(item.key()) ? original.at(item.key()).dump() : "",
                         item.value().dump(), ""});
        }
        return outcome;
    }
    const PgResult deleted = db.exec("DELETE FROM " + target + " WHERE id = $1", {id});
    if (!deleted.ok())
        return failure(db, deleted, id);
    if (const PgResult committed = transaction.commit(); !committed.ok())
        return failure(db, committed, id);
    m_loaded[table].erase(id);
    switch (kind) {
    case PlanObjectKind::Project:
        eraseId(m_project.projects, id);
        break;
    case PlanObjectKind::SandboxZone:
        eraseId(m_project.sandboxZones, id);
        break;
    case PlanObjectKind::Layer:
        eraseId(m_project.layers, id);
        break;
    case PlanObjectKind::Setting:
        break;
    }
    return outcome;
}

Result<Project> PlanSession::planAsOf(const std::string& when) {
    // Each object's last recorded state at that moment, in the order objects were first added
    // (the order the plan was published and grown in); deleted ones are left out.
    const std::string audit = qualified(m_location, "cw_audit");
    const PgResult rows = m_connection->exec(
        "SELECT table_name, object_id, new_doc::text FROM (SELECT DISTINCT ON (table_name, "
        "object_id) table_name, object_id, action, new_doc, id FROM " +
            audit +
            " WHERE at <= $1::timestamptz ORDER BY table_name, object_id, id DESC) latest "
            "WHERE action <> 'delete' ORDER BY (SELECT min(id) FROM " +
            audit +
            " first WHERE first.table_name = latest.table_name AND first.object_id = "
            "latest.object_id)",
        {when});
    if (!rows.ok()) {
        if (rows.sqlState().starts_with("22"))
            return makeError(ErrorCode::InvalidArgument, {when, "as_of"}, rows.error());
        return failure(*m_connection, rows, "cw_audit");
    }
    Project project;
    for (int r = 0; r < rows.rows(); ++r)
        addPlanObject(project, rows.text(r, 0), rows.text(r, 1), rows.text(r, 2));
    return project;
}

Result<PlanSession::LockedRow> PlanSession::beginEdit(Transaction& transaction, const char* table,
                                                      const std::string& id) {
    if (auto begun = begin(); !begun)
        return begun.error();
    transaction.opened();
    if (auto allowed = checkMayEdit(table, id); !allowed)
        return allowed.error();
    const PgResult row =
        m_connection->exec("SELECT row_version, doc::text FROM " + qualified(m_location, table) +
                               " WHERE id = $1 FOR UPDATE",
                           {id});
    if (!row.ok())
        return failure(*m_connection, row, id);
    if (row.rows() == 0)
        return LockedRow{};
    return LockedRow{true, row.integer(0, 0), row.text(0, 1)};
}

Status PlanSession::begin() {
    PgConnection& db = *m_connection;
    if (db.exec("BEGIN").ok())
        return Ok{};
    if (!db.alive()) {
        // The server restarted or the link dropped: one new connection, then carry on.
        PQreset(db.raw());
        if (db.alive() && (!m_listening || listen()) && db.exec("BEGIN").ok())
            return Ok{};
    }
    return makeError(ErrorCode::DatabaseUnavailable, {m_location.displayUrl(), db.lastError()});
}

Result<PlanSession::EditRight> PlanSession::editRight(PlanObjectKind kind, const std::string& id) {
    return editRightIn(tableOf(kind), id);
}

Result<PlanSession::EditRight> PlanSession::editRightIn(const char* table, const std::string& id) {
    const std::string target = qualified(m_location, table);
    const PgResult row = m_connection->exec(
        "SELECT owner_role, " + qualified(m_location, "cw_may_edit") +
            "(owner_role) AND has_table_privilege($2, 'UPDATE') FROM " + target + " WHERE id = $1",
        {id, target});
    if (!row.ok())
        return failure(*m_connection, row, id);
    if (row.rows() == 0) {
        const PgResult insert =
            m_connection->exec("SELECT has_table_privilege($1, 'INSERT')", {target});
        return EditRight{insert.ok() && insert.text(0, 0) == "t", {}};
    }
    return EditRight{row.text(0, 1) == "t", row.text(0, 0)};
}

Status PlanSession::checkMayEdit(const char* table, const std::string& id) {
    auto right = editRightIn(table, id);
    if (!right)
        return right.error();
    if (!right->allowed)
        return makeError(ErrorCode::PermissionDenied, {id, right->owner});
    return Ok{};
}

Status PlanSession::setOwner(PlanObjectKind kind, const std::string& id, const std::string& role) {
    const PgResult updated = m_connection->exec("UPDATE " + qualified(m_location, tableOf(kind)) +
                                                    " SET owner_role = $2 WHERE id = $1",
                                                {id, role});
    if (!updated.ok())
        return failure(*m_connection, updated, id);
    if (updated.affectedRows() == 0) {
        auto right = editRight(kind, id);
        return makeError(ErrorCode::PermissionDenied, {id, right ? right->owner : std::string()});
    }
    return Ok{};
}

Status PlanSession::listen() {
    if (auto listening = m_connection->run("LISTEN " + planChannel(m_location.schema)); !listening)
        return listening;
    m_listening = true;
    return Ok{};
}

int PlanSession::socket() {
    return PQsocket(m_connection->raw());
}

Result<std::vector<PlanChange>> PlanSession::waitForChanges(int timeoutMs) {
    PGconn* conn = m_connection->raw();
    std::vector<PlanChange> changes;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (true) {
        if (!PQconsumeInput(conn))
            return makeError(ErrorCode::DatabaseUnavailable,
                             {m_location.displayUrl(), m_connection->lastError()});
        while (PGnotify* notice = PQnotifies(conn)) {
            // Our own saves are announced to us too; they are already in the session.
            if (notice->be_pid != PQbackendPID(conn)) {
                const json j = json::parse(notice->extra, nullptr, false);
                if (j.is_object())
                    changes.push_back({j.value("table", ""), j.value("id", ""),
                                       j.value("action", ""), j.value("who", "")});
            }
            PQfreemem(notice);
        }
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            deadline - std::chrono::steady_clock::now());
        if (!changes.empty() || left.count() <= 0)
            return changes;
        const int socket = PQsocket(conn);
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(socket, &readable);
        timeval wait{static_cast<long>(left.count() / 1000000),
                     static_cast<long>(left.count() % 1000000)};
        if (select(socket + 1, &readable, nullptr, nullptr, &wait) < 0)
            return changes;
    }
}

Result<std::vector<AuditEntry>> PlanSession::history(const std::string& objectId) {
    const PgResult rows = m_connection->exec(
        "SELECT to_json(at) #>> '{}', who, table_name, object_id, action, row_version, "
        "coalesce(old_doc::text, ''), coalesce(new_doc::text, '') FROM " +
            qualified(m_location, "cw_audit") + " WHERE $1 = '' OR object_id = $1 ORDER BY id",
        {objectId});
    if (!rows.ok())
        return failure(*m_connection, rows, objectId);
    std::vector<AuditEntry> entries;
    for (int r = 0; r < rows.rows(); ++r)
        entries.push_back({rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
                           rows.text(r, 4), rows.integer(r, 5), rows.text(r, 6), rows.text(r, 7)});
    return entries;
}

} // namespace cw::project
