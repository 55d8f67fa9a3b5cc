// The "Generate" source of the import dialog: an extension range with a step,
// name and login patterns, password length and the servers to create on, and
// optionally one phone alias per agent across the servers.
#pragma once

#include "import/PhoneGenerator.h"
#include "rules/PhoneRules.h"

#include <memory>
#include <QWidget>

namespace Ui {
class GeneratorWidget;
}

namespace vp {

class GeneratorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GeneratorWidget(QWidget *parent = nullptr);
    ~GeneratorWidget() override;

    // The spec as entered; shared fields and the password source are the caller's.
    GeneratorSpec spec() const;
    void setServerIps(const QStringList &ips);
    // Empty when the input makes a list, else why not (also a missing or
    // bad caller ID, which the server requires).
    QString problem() const;
    // The system's rules, for checking the caller ID.
    void setRuleOptions(const RuleOptions &options);

signals:
    void specChanged();

private:
    void updateSummary();
    // The alias option needs two servers or more.
    void updateAliasOption();
    QString callerIdProblem() const;

    const std::unique_ptr<Ui::GeneratorWidget> m_ui;
    RuleOptions m_ruleOptions;
};

} // namespace vp
