//! Sessions on disk: RON with a schema version, migrations, atomic writes, autosave and recovery.
