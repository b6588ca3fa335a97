#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace PlanDesk {

/// The outcome of an operation that can fail: a value, or an error message
/// that already says where and why (file, row, field, constraint).
/// Lower layers return it; only the GUI and the command line show it.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }

    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    // By value from a temporary, so `for (x : *repository.list())` is safe.
    T operator*() && { return std::move(*m_value); }

    const QString &error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

/// A Result that carries no value: success, or an error message.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString error)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(error);
        return s;
    }
    template<typename T> static Status fromResult(const Result<T> &result)
    {
        return result.ok() ? Status() : failure(result.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace PlanDesk
