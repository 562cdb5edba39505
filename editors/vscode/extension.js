// Starts `regel lsp` for .regel files. Everything else (diagnostics, hover, completion, quick
// fixes, outline, "Kør eksemplerne") comes from the language server.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("regelsprog").get("kommando");
  client = new LanguageClient("regelsprog", "Regelsprog",
    { command, args, options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath } },
    { documentSelector: [{ language: "regelsprog" }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.regel") } });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() { return client?.stop(); }

module.exports = { activate, deactivate };
