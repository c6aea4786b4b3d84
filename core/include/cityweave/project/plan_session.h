// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/plan_location.h"
#include "cityweave/project/project.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cw::project {

class PgConnection;

/// The kinds of planning object a plan in PostgreSQL versions one by one.
enum class PlanObjectKind { Project, SandboxZone, Layer, Setting };

/// "project:ID", "zone:ID", "layer:ID", "setting:ID": an object's key in resolution maps.
std::string planObjectKey(PlanObjectKind kind, const std::string& id);

/// One field of an object that both this planner and someone else changed, differently, since
/// this planner loaded it: the values as JSON text (the original, theirs now, and mine).
struct FieldConflict {
    std::string field; ///< the object's JSON key: "name", "stage", "partners", "rings", ...
    std::string original;
    std::string theirs;
    std::string mine;
};

enum class SaveState {
    Saved,          ///< written (merged with others' changes to other fields, if any)
    Conflict,       ///< some fields conflict: nothing written; see `conflicts`
    DeletedByOther, ///< the object was deleted since it was loaded: nothing written
    ChangedByOther, ///< (remove) the object was changed since it was loaded: not deleted
};

struct SaveOutcome {
    SaveState state = SaveState::Saved;
    std::vector<FieldConflict> conflicts;
    long long rowVersion = 0; ///< the object's version now (after the save, when saved)
};

/// For each conflicting field, whose value the planner keeps.
enum class Pick { Theirs, Mine };
using Resolutions = std::map<std::string, Pick>;

/// An object of a multi-object save that was not written, and why.
struct ObjectNotSaved {
    PlanObjectKind kind = PlanObjectKind::Project;
    std::string id;
    SaveOutcome outcome;        ///< Conflict, DeletedByOther or ChangedByOther ...
    std::optional<Error> error; ///< ... or the error that refused it (PermissionDenied, ...)
};

struct ChangesOutcome {
    int saved = 0; ///< objects written: added, changed or deleted
    std::vector<ObjectNotSaved> notSaved;
};

/// A change someone committed to the plan, as announced by the server (LISTEN/NOTIFY).
struct PlanChange {
    std::string table; ///< cw_projects, cw_sandbox_zones, cw_layers, cw_scenarios, cw_settings
    std::string objectId;
    std::string action; ///< insert, update or delete
    std::string who;    ///< the database role that made it
};

/// One recorded change of the audit table.
struct AuditEntry {
    std::string at; ///< ISO-8601 with the time zone, as the server recorded it
    std::string who;
    std::string table;
    std::string objectId;
    std::string action;
    long long rowVersion = 0;
    std::string oldDocument; ///< JSON; empty for an insert
    std::string newDocument; ///< JSON; empty for a delete
};

/// One planner's working session on a plan kept in PostgreSQL. Every save is one transaction
/// that locks the object's row, compares its version with the one this session loaded and,
/// when someone else saved in between, merges field by field: fields only they changed take
/// their values, fields only this planner changed take ours, and fields both changed
/// differently are a conflict that is returned, never overwritten.
class PlanSession {
public:
    static Result<std::unique_ptr<PlanSession>> open(const DatabaseLocation& location);
    ~PlanSession();

    /// The plan as loaded (and as updated by this session's own saves).
    const Project& project() const { return m_project; }
    const DatabaseLocation& location() const { return m_location; }
    /// Reads the whole plan again (after others' changes were announced).
    Status reload();

    /// Saves one object as this planner has it. `resolutions` settles conflicts reported by an
    /// earlier attempt; a conflicting field without one keeps the save from happening.
    Result<SaveOutcome> saveProject(const ProjectInfo& mine, const Resolutions& resolutions = {});
    Result<SaveOutcome> saveZone(const SandboxZone& mine, const Resolutions& resolutions = {});
    Result<SaveOutcome> saveLayer(const LayerEntry& mine, const Resolutions& resolutions = {});
    /// Saves everything `edited` changes relative to this session's plan: each project, zone
    /// and layer added, changed or removed, and the title, note and sector rules, each object
    /// in its own transaction. Objects that conflict or are refused are reported and left as
    /// they are; the others are saved. `resolutions`, by planObjectKey, settle the conflicts an
    /// earlier attempt reported. The map view is each planner's own and is not saved.
    Result<ChangesOutcome> saveChanges(const Project& edited,
                                       const std::map<std::string, Resolutions>& resolutions = {});
    /// Deletes an object, unless someone changed it since it was loaded.
    Result<SaveOutcome> remove(PlanObjectKind kind, const std::string& id);

    /// Whether this planner may change an object: its owner role is theirs (or one they are a
    /// member of) and their role may write the plan's tables.
    struct EditRight {
        bool allowed = false;
        std::string owner; ///< the role owning the object
    };
    Result<EditRight> editRight(PlanObjectKind kind, const std::string& id);
    /// Gives an object to a role (a department's group role, the bureau's for sandbox zones).
    Status setOwner(PlanObjectKind kind, const std::string& id, const std::string& role);

    /// Starts listening for others' changes; then waitForChanges returns them as they commit.
    Status listen();
    /// The connection's socket, for an event loop to watch (readable: call waitForChanges(0));
    /// -1 when the connection is closed. It changes after a reconnection.
    int socket();
    /// Changes announced within `timeoutMs` (returns as soon as there is at least one).
    Result<std::vector<PlanChange>> waitForChanges(int timeoutMs);

    /// The audit trail of one object (oldest first), or of the whole plan when `objectId` is
    /// empty.
    Result<std::vector<AuditEntry>> history(const std::string& objectId = {});

    /// The plan as it stood at `when` (ISO-8601: "2026-03-01", "2026-03-01T09:00:00+09:00"),
    /// rebuilt from the audit trail: for looking back, never for saving.
    Result<Project> planAsOf(const std::string& when);

private:
    struct Loaded {
        long long version = 0;
        std::string document; ///< JSON text as the server returned it
    };
    /// An object's row as locked for the current transaction.
    struct LockedRow {
        bool exists = false;
        long long version = 0;
        std::string document;
    };
    class Transaction;
    PlanSession(std::unique_ptr<PgConnection> connection, DatabaseLocation location);
    /// Begins the transaction of one edit: checks this planner may change `id` and locks its
    /// row (FOR UPDATE) until `transaction` commits or goes out of scope.
    Result<LockedRow> beginEdit(Transaction& transaction, const char* table, const std::string& id);
    /// Begins a transaction, reconnecting once when the server went away (a restart).
    Status begin();
    /// PermissionDenied unless this planner may change the row `id` of `table` (when it exists).
    Status checkMayEdit(const char* table, const std::string& id);
    Result<EditRight> editRightIn(const char* table, const std::string& id);
    Result<SaveOutcome> saveObject(const char* table, const std::string& id,
                                   const std::string& mineDocument, const Resolutions& resolutions,
                                   std::string* savedDocument);

    std::unique_ptr<PgConnection> m_connection;
    DatabaseLocation m_location;
    Project m_project;
    bool m_listening = false;
    std::map<std::string, std::map<std::string, Loaded>> m_loaded; ///< table → id → as loaded
};

} // namespace cw::project
